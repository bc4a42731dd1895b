"""The CLI, run as a newcomer would: ``python main.py ...`` in a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import reply_record
from bot.core.assistant import Assistant
from bot.core.reply import Action, ReplyKind
from bot.terminal import Chat
from bot.tools.evaluate import Case, evaluate
from tests.conftest import DATA, ROOT

MAIN = str(ROOT / "main.py")


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    environment.update(env or {})
    return subprocess.run([sys.executable, MAIN, *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=environment,
                          check=False)


def test_ask_one_message() -> None:
    result = run("ask", "is it free")
    assert result.returncode == 0
    assert "free" in result.stdout.lower()


def test_ask_jsonl_keeps_order_and_fields() -> None:
    lines = ["is it free", "what's the weather", "i want to kill myself", "hi", "",
             "how long is the waitng list"]
    result = run("ask", "--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(lines)
    for record in records:
        assert {"topic", "answer", "score", "crisis", "suggestions", "reply"} <= set(record)
    assert records[0]["topic"] == "cost" and records[0]["crisis"] is False
    assert records[1]["topic"] is None
    assert records[2]["crisis"] is True and "116 123" in records[2]["reply"]
    assert records[3]["topic"] is None
    assert records[5]["topic"] == "waiting_times"


def test_ask_jsonl_survives_odd_bytes() -> None:
    result = subprocess.run([sys.executable, MAIN, "ask", "--jsonl"],
                            input=b"caf\xe9 \xff is it free\n\x00\x01\n", capture_output=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_check_valid_file() -> None:
    result = run("check")
    assert result.returncode == 0
    assert "valid" in result.stdout


def test_check_broken_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "faq.yaml"
    bad.write_text("version: 1\ntopics: [oops\n", encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(bad) in result.stderr and "invalid YAML" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_reports_and_meets_targets() -> None:
    result = run("eval", str(DATA / "matching_dev.jsonl"))
    assert "topic, answered" in result.stdout and "fallback" in result.stdout
    assert "only suggested" in result.stdout
    assert result.returncode == 0, result.stdout[-2000:]


def test_eval_never_counts_a_did_you_mean_as_right(assistant: Assistant) -> None:
    # Any message the assistant is unsure of will do; which ones it is unsure of moves
    # as phrasings are added, so the first of a few that gets a "did you mean".
    unsure = [t for t in ("therapy gp", "nhs therapy gp", "gp therapy help", "therapy nhs")
              if assistant.reply(t).kind is ReplyKind.SUGGEST]
    assert unsure, "none of the examples gets a did-you-mean any more"
    text = unsure[0]
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.SUGGEST and reply.topic is not None
    report = evaluate(assistant, [Case(text=text, topic=reply.topic)])
    assert report.topic_right == 0 and report.topic_suggested == 1
    assert report.topic_accuracy == 0.0


def test_eval_fails_below_target(tmp_path: Path) -> None:
    labelled = tmp_path / "wrong.jsonl"
    labelled.write_text("\n".join(json.dumps({"text": t, "topic": "cost"}) for t in
                                  ["what is cbt", "can i refer myself", "is it confidential"]),
                        encoding="utf-8")
    result = run("eval", str(labelled))
    assert result.returncode == 1
    assert "BELOW TARGET" in result.stdout


@pytest.mark.parametrize(
    "args",
    [("nonsense",), ("eval",), ("eval", "/no/such/file.jsonl"), ("ask",),
     ("ask", "x", "--jsonl"), ("--faq", "/no/such/faq.yaml", "ask", "hi"),
     ("bench", "--messages", "3"), ("bench", "--messages", "100", "--against", "no-such-rev~9"),
     ("unanswered", "--similarity", "101")],
)
def test_bad_arguments_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_bare_main_without_token_starts_the_chat() -> None:
    result = run(stdin="is it free\nquit\n")
    assert result.returncode == 0
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "free" in result.stdout.lower()


def test_chat_numbers_pick_suggestions_and_match_ask(assistant: Assistant) -> None:
    out = io.StringIO()
    chat = Chat(assistant, io.StringIO("what is cbt\n1\nurgent\nquit\n"), out)
    assert chat.run() == 0
    text = out.getvalue()
    cbt = assistant.reply("what is cbt")
    assert cbt.text in text
    first = next(b for b in cbt.choices if b.action is not Action.LINK)
    picked = assistant.answer_reply(first.target)
    assert picked is not None and picked.text in text
    assert "116 123" in text


def test_reply_record_is_json_serialisable(assistant: Assistant) -> None:
    record = reply_record(assistant.reply("i want to kill myself, is it free?"))
    assert json.loads(json.dumps(record))["crisis"] is True


def test_reply_record_names_the_answer_given(assistant: Assistant) -> None:
    record = reply_record(assistant.reply("will i be charged if i miss an appointment"))
    assert record["topic"] == "cost" and record["answer"] == "missed_appointment_charge"
    overview = reply_record(assistant.reply("is it free"))
    assert overview["topic"] == overview["answer"] == "cost"


def test_chat_numbers_give_feedback_and_never_offer_sharing(assistant: Assistant) -> None:
    reply = assistant.reply("is it free")
    numbered = [b for b in reply.choices if b.action is not Action.LINK]
    helpful = numbered.index(reply.buttons[-1][0]) + 1
    out = io.StringIO()
    script = f"is it free\n{helpful}\n{helpful + 1}\nwhat's the weather like in leeds\nquit\n"
    assert Chat(assistant, io.StringIO(script), out).run() == 0
    text = out.getvalue()
    assert f"[{helpful}] 👍 Helpful" in text and f"[{helpful + 1}] 👎 Not helpful" in text
    assert assistant.messages["feedback_thanks"] in text
    assert assistant.messages["feedback_sorry"] in text
    assert assistant.messages["button_share"] not in text


def test_unanswered_lists_groups_and_purges(tmp_path: Path) -> None:
    from bot.ops.store import UnansweredStore

    path = tmp_path / "q.sqlite3"
    env = {"BOT_UNANSWERED_DB": str(path)}
    empty = run("unanswered", env=env)
    assert empty.returncode == 0 and "No questions stored" in empty.stdout
    assert not path.exists()
    store = UnansweredStore(path)
    for text in ("can i get therapy in welsh", "is therapy available in welsh",
                 "can i get therapy in welsh", "are dogs allowed in therapy"):
        store.add(text)
    listed = run("unanswered", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "4 questions sent to the team" in listed.stdout and "in 2 groups" in listed.stdout
    first = listed.stdout.split("\n[")[1]
    assert first.startswith("3]") and "  2x can i get therapy in welsh" in first
    assert "  1x is therapy available in welsh" in first
    purged = run("unanswered", "--purge", "--db", str(path))
    assert purged.returncode == 0 and "Deleted 3 questions" in purged.stdout
    assert store.questions() == []


def test_unanswered_on_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.write_text("not a database at all " * 100)
    result = run("unanswered", "--db", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: cannot read {path}")


def test_stats_without_a_running_bot_is_one_line() -> None:
    import socket

    with socket.socket() as sock:  # a port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run("stats", env={"BOT_METRICS_PORT": str(port)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: cannot read the bot's metrics at "
                                    f"http://127.0.0.1:{port}/metrics")
