"""End to end, for operators: feedback, shared questions, metrics and health.

One real ``python main.py serve`` (LOG_LEVEL=DEBUG) against the stand-in Bot API, with
its metrics server on a free port and its shared-question store in a temporary file
that already holds one question past 90 days and one recent one. The last test reads
everything the process printed and everything ``/metrics`` shows, and checks that no
message text, user or chat id, or the token is there.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.core.assistant import Assistant
from bot.core.reply import CrisisKind, CrisisLevel, ReplyKind
from bot.ops.metrics import NONE, OTHER
from bot.ops.store import RETENTION_DAYS, UnansweredStore
from tests.telegram.conftest import (
    ROOT,
    TOKEN,
    BotFactory,
    BotProcess,
    free_port,
    http_get,
    names_number,
    new_chat,
)
from tests.telegram.standin import BOT_USERNAME, Sent, StandIn

WRITTEN: list[str] = []
CHATS: list[int] = []

OLD = "an old question about hypnotherapy, past its time"
RECENT = "a recent question about art therapy"
# Falls back (checked below), and carries details the scrubber must take out.
# A question nothing answers (so it may be shared), with details that must not be kept.
SHARED = ("is there a vending machine at the clinic? text me on 07700 900123 or "
          "sam.person@example.com, I live at LS6 2AB")
KEPT = ("is there a vending machine at the clinic? text me on [phone] or [email], I live at "
        "[postcode]")
NOT_SHARED = "is there a parking space for my campervan near the hospital"
RISKY = "I want to end my life tonight and I have the pills ready"


class Ops:
    def __init__(self, bot: BotProcess, port: int, store: UnansweredStore) -> None:
        self.bot = bot
        self.port = port
        self.store = store

    def get(self, path: str) -> tuple[int, str]:
        return http_get(f"http://127.0.0.1:{self.port}{path}")

    def metric(self, name: str, **labels: str) -> float:
        """A sample's value from /metrics (0 when absent)."""
        _, page = self.get("/metrics")
        for family in text_string_to_metric_families(page):
            for sample in family.samples:
                if sample.name == name and sample.labels == labels:
                    return float(sample.value)
        return 0.0


@pytest.fixture(scope="module")
def ops(standin: StandIn, start_bot: BotFactory,
        tmp_path_factory: pytest.TempPathFactory) -> Ops:
    path = tmp_path_factory.mktemp("store") / "unanswered.sqlite3"
    today = dt.date.today()
    UnansweredStore(path, today=lambda: today - dt.timedelta(days=RETENTION_DAYS + 1)).add(OLD)
    UnansweredStore(path, today=lambda: today - dt.timedelta(days=5)).add(RECENT)
    port = free_port()
    bot = start_bot(standin, LOG_LEVEL="DEBUG", BOT_METRICS_PORT=str(port),
                    BOT_METRICS_LISTEN="127.0.0.1", BOT_UNANSWERED_DB=str(path))
    return Ops(bot, port, UnansweredStore(path))


def chat() -> int:
    chat_id = new_chat()
    CHATS.append(chat_id)
    return chat_id


def say(api: StandIn, chat_id: int, text: str) -> None:
    WRITTEN.append(text)
    api.message(chat_id, text)


def last_reply(api: StandIn, chat_id: int, count: int) -> Sent:
    return api.wait_replies(chat_id, count, settle=0.1)[-1]


def test_retention_is_enforced_at_start(ops: Ops) -> None:
    kept = [q.text for q in ops.store.questions()]
    assert kept == [RECENT]
    assert OLD.encode() not in ops.store.path.read_bytes()
    assert f"shared questions: 1 past {RETENTION_DAYS} days deleted" in ops.bot.output


def test_health_and_readiness(ops: Ops) -> None:
    assert ops.get("/healthz") == (200, "ok\n")
    status, body = ops.get("/readyz")
    assert status == 200 and body.startswith("ready: ") and "Bot API reachable" in body
    assert ops.get("/nothing-here")[0] == 404


def test_feedback_is_counted_per_answer_once_per_message(
        ops: Ops, standin: StandIn, assistant: Assistant) -> None:
    chat_id = chat()
    say(standin, chat_id, "is it free")
    answer = last_reply(standin, chat_id, 1)
    assert answer.callback_data[-2:] == ["f+:cost", "f-:cost"]
    before = ops.metric("ttbot_feedback_total", answer="cost", vote="helpful")
    query = standin.press(answer, "f+:cost")
    standin.wait_for(lambda: standin.answered[query] == 1, what="the tap answered")
    # A brief thank-you notice, no new message; the feedback row is taken away.
    assert standin.notices[query] == assistant.messages["feedback_thanks"]
    standin.wait_for(lambda: "f+:cost" not in answer.callback_data, what="the row removed")
    assert answer.callback_data and answer.urls == [assistant.service_finder_url]
    assert ops.metric("ttbot_feedback_total", answer="cost", vote="helpful") == before + 1
    # A second tap (sent before the row went) counts nothing more.
    answer.reply_markup = {"inline_keyboard": [[{"text": "👍", "callback_data": "f+:cost"}]]}
    second = standin.press(answer, "f+:cost")
    standin.wait_for(lambda: standin.answered[second] == 1, what="the second tap answered")
    assert ops.metric("ttbot_feedback_total", answer="cost", vote="helpful") == before + 1
    assert len(standin.replies_to(chat_id)) == 1


def test_not_helpful_offers_another_way_in(ops: Ops, standin: StandIn,
                                           assistant: Assistant) -> None:
    chat_id = chat()
    query = standin.callback(chat_id, "a:waiting_times")
    answer = last_reply(standin, chat_id, 1)
    assert standin.answered[query] == 1
    standin.press(answer, "f-:waiting_times")
    sorry = last_reply(standin, chat_id, 2)
    assert sorry.text == assistant.messages["feedback_sorry"]
    assert sorry.callback_data == ["u"] + [f"a:{t.id}" for t in assistant.topics]
    assert sorry.urls == [assistant.service_finder_url]
    assert ops.metric("ttbot_feedback_total", answer="waiting_times", vote="not_helpful") == 1


def test_a_stale_feedback_button_is_answered_kindly(ops: Ops, standin: StandIn,
                                                    assistant: Assistant) -> None:
    chat_id = chat()
    query = standin.callback(chat_id, "f+:an_answer_since_renamed")
    assert last_reply(standin, chat_id, 1).text == assistant.messages["stale_button"]
    assert standin.answered[query] == 1
    assert ops.metric("ttbot_feedback_total", answer=OTHER, vote="helpful") == 0


def test_a_shared_question_is_kept_scrubbed_once_and_listed(
        ops: Ops, standin: StandIn, assistant: Assistant, tmp_path: Path) -> None:
    assert assistant.reply(SHARED).kind is ReplyKind.FALLBACK
    chat_id = chat()
    say(standin, chat_id, SHARED)
    fallback = last_reply(standin, chat_id, 1)
    assert fallback.callback_data[-1] == "s"
    asked = next(c for c in reversed(standin.calls_of("sendMessage"))
                 if c.params.get("chat_id") == chat_id)
    assert asked.params["reply_parameters"]["allow_sending_without_reply"] is True
    before = ops.metric("ttbot_questions_shared_total")
    standin.press(fallback, "s")
    thanks = last_reply(standin, chat_id, 2)
    assert thanks.text == assistant.messages["share_thanks"]
    standin.wait_for(lambda: "s" not in fallback.callback_data, what="the button removed")
    # A second tap on the same message keeps nothing more.
    fallback.reply_markup = {"inline_keyboard": [[{"text": "Send", "callback_data": "s"}]]}
    standin.press(fallback, "s")
    last_reply(standin, chat_id, 3)
    questions = ops.store.questions()
    assert [(q.text, q.count, q.day) for q in questions if q.text == KEPT] == \
        [(KEPT, 1, dt.date.today())]
    raw = ops.store.path.read_bytes()
    for detail in (b"07700", b"sam.person", b"example.com", b"LS6 2AB"):
        assert detail not in raw
    assert ops.metric("ttbot_questions_shared_total") == before + 1
    # `unanswered` lists it for curators.
    listed = subprocess.run([sys.executable, "main.py", "unanswered", "--db",
                             str(ops.store.path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, check=True).stdout
    assert f"1x {KEPT}" in listed and f"1x {RECENT}" in listed and OLD not in listed


def test_nothing_is_kept_without_the_tap(ops: Ops, standin: StandIn,
                                         assistant: Assistant) -> None:
    assert assistant.reply(NOT_SHARED).kind is ReplyKind.FALLBACK
    chat_id = chat()
    say(standin, chat_id, NOT_SHARED)
    assert last_reply(standin, chat_id, 1).callback_data[-1] == "s"
    assert not any("campervan" in q.text for q in ops.store.questions())
    assert b"campervan" not in ops.store.path.read_bytes()


def test_a_deleted_question_cannot_be_sent(ops: Ops, standin: StandIn,
                                           assistant: Assistant) -> None:
    chat_id = chat()
    text = "what time does the hydrotherapy pool open"
    assert assistant.reply(text).kind is ReplyKind.FALLBACK
    say(standin, chat_id, text)
    fallback = last_reply(standin, chat_id, 1)
    assert fallback.reply_to is not None
    standin.delete(chat_id, fallback.reply_to)
    standin.press(fallback, "s")
    assert last_reply(standin, chat_id, 2).text == assistant.messages["share_failed"]
    assert not any("hydrotherapy" in q.text for q in ops.store.questions())


def test_no_feedback_or_share_under_crisis_replies_or_in_groups(
        ops: Ops, standin: StandIn, assistant: Assistant) -> None:
    expected = assistant.reply(RISKY)
    assert expected.crisis_level is CrisisLevel.URGENT
    chat_id = chat()
    say(standin, chat_id, RISKY)
    sent = standin.wait_replies(chat_id, len(expected.messages), settle=0.2)
    for message in sent:
        assert not [d for d in message.callback_data if d.startswith(("f+", "f-")) or d == "s"]
    assert ops.metric("ttbot_crisis_replies_total", level="urgent",
                      kind=CrisisKind.SELF.value) >= 1
    group = -chat()
    text = f"@{BOT_USERNAME} {NOT_SHARED}"
    WRITTEN.append(NOT_SHARED)
    standin.push({"message": standin.make_message(group, text, chat_type="group")})
    fallback = last_reply(standin, group, 1)
    assert fallback.text == assistant.messages["fallback"]
    assert "s" not in fallback.callback_data and fallback.reply_to is None


def test_replies_fallbacks_flood_and_latency_are_measured(ops: Ops, standin: StandIn) -> None:
    assert ops.metric("ttbot_replies_total", kind="answer", topic="cost", answer="cost") >= 1
    assert ops.metric("ttbot_fallbacks_total") >= 3
    assert ops.metric("ttbot_reply_seconds_count") >= 5
    assert ops.metric("ttbot_bot_api_seconds_count", method="sendMessage") >= 5
    assert ops.metric("ttbot_bot_api_seconds_count", method="editMessageReplyMarkup") >= 2
    chat_id = chat()
    for _ in range(12):
        say(standin, chat_id, "is it free")
    standin.wait_for(lambda: ops.metric("ttbot_flood_control_total", verdict="drop") >= 1,
                     what="flood control to drop")
    assert ops.metric("ttbot_flood_control_total", verdict="warn") >= 1


def test_stats_prints_the_figures(ops: Ops) -> None:
    out = subprocess.run([sys.executable, "main.py", "stats", "--url",
                          f"http://127.0.0.1:{ops.port}/metrics"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert "Fallbacks (no answer found): " in out
    assert "Questions sent to the team: 1" in out
    rows = {line.split()[0]: line.split()[-3:] for line in out.splitlines()
            if line.startswith(("cost ", "waiting_times "))}
    assert rows["cost"][1:] == ["1", "0"]
    assert rows["waiting_times"][1:] == ["0", "1"]


ALLOWED_LABELS = {"kind", "topic", "answer", "level", "vote", "verdict", "method",
                  "patience", "error"}


def test_zz_no_text_ids_or_token_in_metrics_or_logs(ops: Ops, assistant: Assistant) -> None:
    status, page = ops.get("/metrics")
    assert status == 200
    known = set(assistant.answers) | {k.value for k in ReplyKind} | \
        {k.value for k in CrisisKind} | {k.value for k in CrisisLevel} | \
        {NONE, OTHER, "helpful", "not_helpful", "warn", "drop", "normal", "crisis", "startup"}
    for family in text_string_to_metric_families(page):
        if not family.name.startswith("ttbot_"):
            continue
        for sample in family.samples:
            for label, value in sample.labels.items():
                if label == "le":
                    continue
                assert label in ALLOWED_LABELS, sample
                assert value in known or (label in ("method", "error") and value.isalpha()), \
                    sample
    output = ops.bot.output
    assert " reply via=" in output and "feedback answer=cost vote=helpful" in output
    # The bot's own metrics (the process's memory figures could hold any digits).
    ours = "\n".join(line for line in page.splitlines() if "ttbot_" in line)
    for where in (ours, output):
        assert TOKEN not in where and TOKEN.split(":")[1] not in where
        for text in [*WRITTEN, SHARED, KEPT]:
            assert text not in where
        for detail in ("07700", "sam.person", "LS6 2AB", "campervan", "hydrotherapy", "Sam",
                       "Person"):
            assert detail not in where, detail
        for chat_id in CHATS:
            assert not names_number(where, chat_id), chat_id
    assert "Traceback" not in output
    assert ops.bot.proc.poll() is None
