"""End to end: the real ``python main.py serve`` against the stand-in Bot API.

One bot process serves the whole module (LOG_LEVEL=DEBUG, to be harsh on the logs);
each test talks from its own chat. The last test reads everything the process printed
and checks that the token, the messages people sent, their names and ids are absent.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.assistant import Assistant
from bot.core.reply import Action, Reply, ReplyKind
from bot.core.rightforme.check import Check
from bot.telegram.keyboards import button_data
from tests.telegram.conftest import (
    TOKEN,
    BotFactory,
    BotProcess,
    free_port,
    http_get,
    names_number,
    new_chat,
)
from tests.telegram.standin import BOT_USERNAME, StandIn

# Everything people "wrote" in this module, checked against the output at the end.
WRITTEN: list[str] = []
CHATS: list[int] = []

RISKY = "I want to end my life tonight and I have the pills ready"
QUESTION = "is it free"


METRICS_PORT = free_port()


@pytest.fixture(scope="module")
def bot(standin: StandIn, start_bot: BotFactory) -> BotProcess:
    return start_bot(standin, LOG_LEVEL="DEBUG", BOT_METRICS_PORT=str(METRICS_PORT),
                     BOT_METRICS_LISTEN="127.0.0.1")


def chat() -> int:
    chat_id = new_chat()
    CHATS.append(chat_id)
    return chat_id


def say(api: StandIn, chat_id: int, text: str | None = None, **fields: Any) -> None:
    if text:
        WRITTEN.append(text)
    if fields.get("caption"):
        WRITTEN.append(fields["caption"])
    api.message(chat_id, text, **fields)


def data_of(reply: Reply) -> list[str]:
    """The callback data Telegram should get for a reply's (non-link) buttons."""
    return [button_data(b) for b in reply.choices if b.action is not Action.LINK]


def texts(api: StandIn, chat_id: int, count: int, settle: float = 0.15) -> list[str]:
    return [sent.text for sent in api.wait_replies(chat_id, count, settle=settle)]


def test_start_shows_welcome_topics_and_commands(bot: BotProcess, standin: StandIn,
                                                  assistant: Assistant) -> None:
    chat_id = chat()
    say(standin, chat_id, "/start")
    [welcome] = standin.wait_replies(chat_id, 1, settle=0.15)
    assert welcome.text == assistant.messages["welcome"].strip()
    assert welcome.params["parse_mode"] == "HTML"
    assert welcome.params["link_preview_options"] == {"is_disabled": True}
    # Crisis numbers one tap away, then every topic, then the local-service finder.
    assert welcome.callback_data[0] == "u"
    assert welcome.callback_data[1:] == [f"a:{topic.id}" for topic in assistant.topics]
    assert welcome.urls == [assistant.service_finder_url]
    assert {c["command"] for c in standin.commands} == {"start", "help", "topics", "urgent",
                                                        "privacy", "rightforme"}


def test_question_gets_the_answer_and_related_buttons(bot: BotProcess, standin: StandIn,
                                                      assistant: Assistant) -> None:
    expected = assistant.reply(QUESTION)
    assert expected.kind == ReplyKind.ANSWER and not expected.crisis
    chat_id = chat()
    say(standin, chat_id, QUESTION)
    sent = standin.wait_replies(chat_id, len(expected.messages), settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in expected.messages]
    last = sent[-1]
    assert last.callback_data == data_of(expected)
    assert last.urls == [assistant.service_finder_url]


def test_a_specific_question_gets_its_specific_answer(bot: BotProcess, standin: StandIn,
                                                      assistant: Assistant) -> None:
    text = "will i be charged if i miss an appointment"
    expected = assistant.reply(text)
    assert expected.answer == "missed_appointment_charge" and expected.topic == "cost"
    chat_id = chat()
    say(standin, chat_id, text)
    [sent] = standin.wait_replies(chat_id, 1, settle=0.15)
    assert sent.text == expected.messages[0].strip()
    assert sent.callback_data[0] == "a:cost"  # back to the topic's overview


def test_an_overview_offers_its_specific_questions_to_tap(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    topic = assistant.content.topic("cost")
    assert topic is not None and topic.specific
    chat_id = chat()
    query = standin.callback(chat_id, "a:cost")
    [overview] = standin.wait_replies(chat_id, 1, settle=0.15)
    assert overview.text == topic.overview.text.strip()
    wanted = [f"a:{a.id}" for a in topic.specific]
    assert overview.callback_data[:len(wanted)] == wanted
    assert standin.answered[query] == 1
    standin.callback(chat_id, wanted[0])
    sent = standin.wait_replies(chat_id, 2, settle=0.15)
    assert sent[1].text == topic.specific[0].text.strip()


def test_crisis_reply_comes_first_and_alone(bot: BotProcess, standin: StandIn,
                                            assistant: Assistant) -> None:
    expected = assistant.reply(RISKY)
    assert expected.crisis
    chat_id = chat()
    say(standin, chat_id, RISKY)
    sent = standin.wait_replies(chat_id, len(expected.messages), settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in expected.messages]
    assert sent[0].buttons == []  # nothing competes with the numbers


def test_risky_question_gets_crisis_first_then_the_answer(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    text = "i feel suicidal, is nhs talking therapy free?"
    expected = assistant.reply(text)
    assert expected.crisis
    chat_id = chat()
    say(standin, chat_id, text)
    sent = standin.wait_replies(chat_id, len(expected.messages), settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in expected.messages]


def test_a_check_in_comes_first_then_the_answer_to_the_question(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    # Issue 11's example: possible risk gets the short safety line, never the question
    # dropped: the answer about telling follows in the next message.
    text = "if i admit i've had suicidal thoughts will they pass it on to my doctor"
    expected = assistant.reply(text)
    assert expected.crisis_level is not None and expected.crisis_level.value == "check_in"
    assert len(expected.messages) == 2
    chat_id = chat()
    say(standin, chat_id, text)
    sent = standin.wait_replies(chat_id, 2, settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in expected.messages]
    assert sent[0].text.startswith("Before I answer")
    assert "116 123" in sent[0].text and "999" in sent[0].text
    assert sent[0].buttons == []


@pytest.mark.parametrize(("command", "key"), [("/help", "help"), ("/privacy", "privacy")])
def test_help_and_privacy(bot: BotProcess, standin: StandIn, assistant: Assistant,
                          command: str, key: str) -> None:
    chat_id = chat()
    say(standin, chat_id, command)
    assert texts(standin, chat_id, 1) == [assistant.messages[key].strip()]


def test_topics_and_urgent_commands(bot: BotProcess, standin: StandIn,
                                    assistant: Assistant) -> None:
    chat_id = chat()
    say(standin, chat_id, "/topics")
    [menu] = standin.wait_replies(chat_id, 1, settle=0.15)
    assert menu.text == assistant.topics_reply().messages[0].strip()
    assert [f"a:{t.id}" for t in assistant.topics] == menu.callback_data[1:]
    say(standin, chat_id, "/urgent")
    sent = standin.wait_replies(chat_id, 2, settle=0.15)
    assert sent[1].text == assistant.crisis_reply().messages[0].strip()


def test_topic_button_answers_and_the_query_is_answered(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    topic = assistant.topics[0].id
    expected = assistant.answer_reply(topic)
    assert expected is not None
    chat_id = chat()
    query = standin.callback(chat_id, f"t:{topic}")  # a button sent by an earlier version
    sent = standin.wait_replies(chat_id, len(expected.messages), settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in expected.messages]
    assert standin.answered[query] == 1


def test_suggestions_are_buttons_that_answer(bot: BotProcess, standin: StandIn,
                                             assistant: Assistant) -> None:
    reply = assistant.reply("therapy waiting referral")
    chat_id = chat()
    say(standin, chat_id, "therapy waiting referral")
    sent = standin.wait_replies(chat_id, len(reply.messages), settle=0.15)
    topics = [d for d in sent[-1].callback_data if d.startswith("a:")]
    assert topics, "an answer, a suggestion or a fallback always offers topic buttons"
    standin.callback(chat_id, topics[0])
    answer = assistant.answer_reply(topics[0][2:])
    assert answer is not None
    after = standin.wait_replies(chat_id, len(sent) + len(answer.messages), settle=0.15)
    assert after[len(sent)].text == answer.messages[0].strip()


@pytest.mark.parametrize("data", ["t:no_such_topic", "a:no_such_answer", "v1:cost", "",
                                  "x" * 64])
def test_stale_button_gets_a_gentle_note_and_the_menu(
        bot: BotProcess, standin: StandIn, assistant: Assistant, data: str) -> None:
    chat_id = chat()
    query = standin.callback(chat_id, data)
    [note] = standin.wait_replies(chat_id, 1, settle=0.15)
    assert note.text == assistant.messages["stale_button"].strip()
    assert note.callback_data[1:] == [f"a:{t.id}" for t in assistant.topics]
    assert standin.answered[query] == 1


def test_urgent_button(bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    chat_id = chat()
    query = standin.callback(chat_id, "u")
    assert texts(standin, chat_id, 1)[0] == assistant.crisis_reply().messages[0].strip()
    assert standin.answered[query] == 1


def test_right_for_me_check_walks_by_buttons(bot: BotProcess, standin: StandIn) -> None:
    check = Check.load()
    chat_id = chat()
    say(standin, chat_id, "/rightforme")
    [first] = standin.wait_replies(chat_id, 1, settle=0.15)
    start = check.start()
    assert first.text == start.text.strip()
    assert first.callback_data == [o.data for o in start.options]
    # An answer leads on; its step has Back and Cancel.
    answer = start.options[0]
    query = standin.callback(chat_id, answer.data)
    step = check.handle(answer.data)
    sent = standin.wait_replies(chat_id, 2, settle=0.15)
    assert sent[1].text == step.text.strip()
    assert sent[1].callback_data == [o.data for o in step.options]
    assert standin.answered[query] == 1
    # A stale or forged button restarts the check kindly.
    standin.callback(chat_id, "rf:zzzz1")
    sent = standin.wait_replies(chat_id, 3, settle=0.15)
    assert sent[2].text == check.handle("rf:zzzz1").text.strip()


def test_right_for_me_urgent_result_stands_alone(bot: BotProcess, standin: StandIn) -> None:
    check = Check.load()
    crisis = [(o.data, check.handle(o.data)) for o in check.start().options
              if check.handle(o.data).crisis]
    assert crisis, "the first question offers a way to say 'I'm not safe'"
    data, step = crisis[0]
    chat_id = chat()
    standin.callback(chat_id, data)
    [sent] = standin.wait_replies(chat_id, 1, settle=0.15)
    assert sent.text == step.text.strip() and sent.buttons == []


STICKER: dict[str, Any] = {"sticker": {
    "file_id": "s1", "file_unique_id": "su1", "type": "regular", "width": 512,
    "height": 512, "is_animated": False, "is_video": False}}
PHOTO: dict[str, Any] = {"photo": [
    {"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}]}
NON_TEXT: dict[str, dict[str, Any]] = {
    "sticker": STICKER,
    "photo": PHOTO,
    "voice": {"voice": {"file_id": "v1", "file_unique_id": "vu1", "duration": 3}},
    "video": {"video": {"file_id": "d1", "file_unique_id": "du1", "width": 1, "height": 1,
                        "duration": 1}},
    "document": {"document": {"file_id": "f1", "file_unique_id": "fu1"}},
    "location": {"location": {"latitude": 51.5, "longitude": -0.12}},
}


@pytest.mark.parametrize("kind", list(NON_TEXT))
def test_non_text_gets_a_friendly_note(bot: BotProcess, standin: StandIn,
                                       assistant: Assistant, kind: str) -> None:
    chat_id = chat()
    say(standin, chat_id, **NON_TEXT[kind])
    assert texts(standin, chat_id, 1) == [assistant.messages["non_text"].strip()]


def test_photo_with_risky_caption_gets_the_crisis_reply(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    expected = assistant.reply(RISKY)
    chat_id = chat()
    say(standin, chat_id, caption=RISKY, **PHOTO)
    sent = texts(standin, chat_id, len(expected.messages))
    assert sent == [m.strip() for m in expected.messages]


def test_photo_with_a_question_caption_is_answered(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    expected = assistant.reply(QUESTION)
    chat_id = chat()
    say(standin, chat_id, caption=QUESTION, **PHOTO)
    assert texts(standin, chat_id, len(expected.messages)) == \
        [m.strip() for m in expected.messages]


@pytest.mark.parametrize("text", [
    ("is it free? " * 400)[:4096],
    "<&>" * 1365 + "<",
    "😀" * 2048,
    "a" * 4096,
    RISKY + " " + "x" * (4095 - len(RISKY)),
])
def test_4096_character_messages(bot: BotProcess, standin: StandIn,
                                 assistant: Assistant, text: str) -> None:
    expected = assistant.reply(text)
    chat_id = chat()
    say(standin, chat_id, text)
    sent = texts(standin, chat_id, len(expected.messages))
    assert sent == [m.strip() for m in expected.messages]


def test_hostile_markup_is_escaped(bot: BotProcess, standin: StandIn,
                                   assistant: Assistant) -> None:
    text = '<b>hi</b> <a href="x">&amp; &#0; <script>alert(1)</script> *_[`'
    expected = assistant.reply(text)
    chat_id = chat()
    say(standin, chat_id, text)
    assert texts(standin, chat_id, len(expected.messages)) == \
        [m.strip() for m in expected.messages]


def test_unknown_command_shows_help_but_is_read_for_risk(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    chat_id = chat()
    say(standin, chat_id, "/whatever")
    assert texts(standin, chat_id, 1) == [assistant.messages["help"].strip()]
    other = chat()
    say(standin, other, "/want_to_die")
    first = texts(standin, other, 1)[0]
    assert first == assistant.crisis_reply().messages[0].strip()


def test_edited_message_answered_only_when_it_shows_risk(
        bot: BotProcess, standin: StandIn, assistant: Assistant) -> None:
    chat_id = chat()
    WRITTEN.extend([QUESTION, RISKY])
    standin.push({"edited_message": {**standin.make_message(chat_id, QUESTION),
                                     "edit_date": 1}})
    standin.push({"edited_message": {**standin.make_message(chat_id, RISKY),
                                     "edit_date": 1}})
    sent = texts(standin, chat_id, 1, settle=0.5)
    assert sent == [assistant.reply(RISKY).messages[0].strip()]


def test_groups_and_channels(bot: BotProcess, standin: StandIn,
                             assistant: Assistant) -> None:
    group = -chat()
    make = standin.make_message
    standin.push({"message": make(group, "/start", chat_type="group")})
    [note] = standin.wait_replies(group, 1, settle=0.15)
    assert note.text == assistant.messages["group_note"].strip()
    assert note.urls == [f"https://t.me/{BOT_USERNAME}"]
    # Not addressed to the bot: left alone.
    standin.push({"message": make(group, QUESTION, chat_type="group")})
    # Addressed to it: answered.
    WRITTEN.append(QUESTION)
    standin.push({"message": make(group, f"@{BOT_USERNAME} {QUESTION}", chat_type="group")})
    expected = assistant.reply(QUESTION)
    sent = standin.wait_replies(group, 1 + len(expected.messages), settle=0.5)
    assert [s.text for s in sent[1:]] == [m.strip() for m in expected.messages]
    # /urgent works anywhere; a channel post does not crash anything.
    standin.push({"message": make(group, "/urgent", chat_type="supergroup")})
    channel = -chat()
    standin.push({"channel_post": {"message_id": 1, "date": 1, "text": RISKY,
                                   "chat": {"id": channel, "type": "channel",
                                            "title": "c"}}})
    sent = standin.wait_replies(group, 2 + len(expected.messages), settle=0.15)
    assert sent[-1].text == assistant.crisis_reply().messages[0].strip()
    assert standin.replies_to(channel) == []


def test_burst_of_50_chats_all_answered(bot: BotProcess, standin: StandIn,
                                        assistant: Assistant) -> None:
    expected = assistant.reply(QUESTION)
    chats = [chat() for _ in range(50)]
    WRITTEN.append(QUESTION)
    standin.push_many([{"message": standin.make_message(c, QUESTION)} for c in chats])
    standin.wait_for(lambda: all(len(standin.replies_to(c)) >= len(expected.messages)
                                 for c in chats), timeout=20, what="replies to 50 chats")
    for c in chats:
        assert [s.text for s in standin.replies_to(c)] == [m.strip() for m in expected.messages]


def test_zz_no_token_text_names_or_ids_in_the_output(bot: BotProcess,
                                                     standin: StandIn) -> None:
    output = bot.output
    assert " reply via=" in output  # it did log what an operator needs
    status, page = http_get(f"http://127.0.0.1:{METRICS_PORT}/metrics")
    assert status == 200 and "ttbot_replies_total" in page
    # The bot's own metrics (the process's memory figures could hold any digits).
    metrics = "\n".join(line for line in page.splitlines() if "ttbot_" in line)
    for where in (output, metrics):
        assert TOKEN not in where
        assert TOKEN.split(":")[1] not in where
        for text in WRITTEN:
            for line in text.splitlines():
                if len(line.strip()) >= 6:
                    assert line.strip() not in where, f"message text: {line[:40]!r}"
        for name in ("Sam", "Person", "sam_person"):
            assert name not in where
        for chat_id in CHATS:
            assert not names_number(where, chat_id), chat_id
    assert "Traceback" not in output
    assert bot.proc.poll() is None
