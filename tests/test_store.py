"""The shared-question store: scrubbed, dated only, 90 days at most; and its grouping."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

from bot.ops.grouping import group_questions
from bot.ops.store import DEFAULT_DB, RETENTION_DAYS, Shared, UnansweredStore, db_path

TODAY = dt.date(2026, 3, 1)


class Clock:
    def __init__(self, day: dt.date = TODAY) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def test_nothing_is_created_until_a_question_is_kept(tmp_path: Path) -> None:
    store = UnansweredStore(tmp_path / "deep" / "er" / "q.sqlite3")
    assert store.questions() == [] and store.expire() == 0 and store.purge() == 0
    assert not (tmp_path / "deep").exists()


def test_a_kept_question_is_scrubbed_and_dated_only(tmp_path: Path) -> None:
    path = tmp_path / "var" / "q.sqlite3"
    store = UnansweredStore(path, today=Clock())
    kept = store.add("can I get therapy in Welsh? text me on 07700 900123 or sam@example.com")
    assert kept == "can I get therapy in Welsh? text me on [phone] or [email]"
    assert store.questions() == [Shared(TODAY, kept)]
    # What is on disk: one table, three columns; no time, no ids, the raw text nowhere.
    with sqlite3.connect(path) as db:
        tables = db.execute("SELECT name, sql FROM sqlite_master").fetchall()
        rows = db.execute("SELECT * FROM questions").fetchall()
    assert [name for name, _ in tables] == ["questions"]
    assert rows == [("2026-03-01", kept, 1)]
    raw = path.read_bytes()
    assert b"07700" not in raw and b"sam@example.com" not in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_same_question_the_same_day_is_counted_not_repeated(tmp_path: Path) -> None:
    clock = Clock()
    store = UnansweredStore(tmp_path / "q.sqlite3", today=clock)
    store.add("is there a service in Welsh")
    store.add("is there a service in  Welsh\n")
    clock.day += dt.timedelta(days=1)
    store.add("is there a service in Welsh")
    assert store.questions() == [
        Shared(TODAY, "is there a service in Welsh", 2),
        Shared(TODAY + dt.timedelta(days=1), "is there a service in Welsh", 1)]


def test_nothing_left_after_scrubbing_is_not_kept(tmp_path: Path) -> None:
    store = UnansweredStore(tmp_path / "q.sqlite3")
    assert store.add("   \n ") is None
    assert not (tmp_path / "q.sqlite3").exists()


def test_retention_deletes_on_the_90th_day_and_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    clock = Clock(TODAY - dt.timedelta(days=RETENTION_DAYS))
    store = UnansweredStore(path, today=clock)
    store.add("an old question about hypnotherapy")
    clock.day = TODAY - dt.timedelta(days=RETENTION_DAYS - 1)
    store.add("a question kept one more day")
    clock.day = TODAY
    store.add("a new question")
    assert store.expire() == 1
    assert [q.text for q in store.questions()] == ["a question kept one more day",
                                                   "a new question"]
    assert b"hypnotherapy" not in path.read_bytes()  # secure_delete: not left in the file
    clock.day += dt.timedelta(days=1)
    assert store.expire() == 1 and store.expire() == 0


def test_purge_empties_the_store(tmp_path: Path) -> None:
    store = UnansweredStore(tmp_path / "q.sqlite3")
    store.add("one question")
    store.add("another question")
    assert store.purge() == 2
    assert store.questions() == []
    assert b"another" not in (tmp_path / "q.sqlite3").read_bytes()


def test_the_path_comes_from_the_environment(tmp_path: Path) -> None:
    assert db_path({}) == DEFAULT_DB
    assert DEFAULT_DB.parent.name == "var"
    assert db_path({"BOT_UNANSWERED_DB": f" {tmp_path}/x.db "}) == tmp_path / "x.db"


def test_grouping_puts_alike_questions_together() -> None:
    day = TODAY
    texts = ["can i get therapy in welsh", "is therapy available in welsh",
             "therapy in welsh language?", "do you offer couples therapy",
             "can my partner come to couples therapy", "what is emdr", "is emdr offered",
             "can i get emdr for ptsd", "are dogs allowed in therapy"]
    questions = [Shared(day, t) for t in texts]
    questions.append(Shared(day + dt.timedelta(days=3), "can i get therapy in welsh", 3))
    groups = group_questions(questions)
    as_sets = [{q.text for q in g.questions} for g in groups]
    assert as_sets[0] == {"can i get therapy in welsh", "is therapy available in welsh",
                          "therapy in welsh language?"}
    assert groups[0].count == 6 and groups[0].first == day
    assert groups[0].last == day + dt.timedelta(days=3)
    assert groups[0].wordings()[0] == ("can i get therapy in welsh", 4)
    assert {"what is emdr", "is emdr offered", "can i get emdr for ptsd"} in as_sets
    assert {"do you offer couples therapy", "can my partner come to couples therapy"} \
        in as_sets
    assert {"are dogs allowed in therapy"} in as_sets
    assert sum(g.count for g in groups) == sum(q.count for q in questions)
    assert group_questions([]) == []
