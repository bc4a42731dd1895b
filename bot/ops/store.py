"""The questions people chose to send to the team, in a local SQLite file.

Kept only on that choice (the share button under a fallback), and then only:

- the question after :func:`bot.ops.scrub.scrub` (phone numbers, e-mail addresses,
  postcodes, @handles, links and long numbers taken out),
- the date it was sent (no time), and how many times that same question came that day.

No user or chat id, no name, no time of day, no order within a day (the table is keyed
by date and text). Rows are deleted on their 90th day: :meth:`UnansweredStore.expire`
runs when the bot starts, every hour while it runs, and before ``main.py unanswered``
lists them. Deleted rows are overwritten in the file (SQLite's ``secure_delete``), and
the file is readable by its owner only.

The file is ``BOT_UNANSWERED_DB`` (default ``var/unanswered.sqlite3`` in the project
folder). It is not created until the first question is shared. Each bot process keeps
its own file; the methods block on disk, so the bot calls them in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.ops.scrub import scrub

__all__ = ["DEFAULT_DB", "ENV_VAR", "RETENTION_DAYS", "Shared", "UnansweredStore", "db_path"]

RETENTION_DAYS = 90
ENV_VAR = "BOT_UNANSWERED_DB"
DEFAULT_DB = Path(__file__).resolve().parents[2] / "var" / "unanswered.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    day TEXT NOT NULL,              -- YYYY-MM-DD, the date only
    text TEXT NOT NULL,             -- the question, scrubbed
    count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (day, text)
) WITHOUT ROWID
"""


def db_path(env: Mapping[str, str]) -> Path:
    """The store's file: ``BOT_UNANSWERED_DB`` from ``env``, or :data:`DEFAULT_DB`."""
    value = env.get(ENV_VAR, "").strip()
    return Path(value).expanduser() if value else DEFAULT_DB


@dataclass(frozen=True, slots=True)
class Shared:
    """One kept question: the date it was sent, its scrubbed text, how often that day."""

    day: dt.date
    text: str
    count: int = 1


class UnansweredStore:
    """Shared questions in the SQLite file at ``path``."""

    def __init__(self, path: Path | str, retention_days: int = RETENTION_DAYS,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self._today = today

    def add(self, text: str) -> str | None:
        """Scrub ``text`` and keep it with today's date; returns what was kept (``None``
        if nothing was left to keep)."""
        cleaned = scrub(text)
        if not cleaned:
            return None
        with self._connect(create=True) as db:
            db.execute("INSERT INTO questions (day, text) VALUES (?, ?) "
                       "ON CONFLICT (day, text) DO UPDATE SET count = count + 1",
                       (self._today().isoformat(), cleaned))
        return cleaned

    def expire(self) -> int:
        """Delete every question on or past its last day; returns how many rows went."""
        if not self.path.exists():
            return 0
        cutoff = self._today() - dt.timedelta(days=self.retention_days)
        with self._connect() as db:
            return db.execute("DELETE FROM questions WHERE day <= ?",
                              (cutoff.isoformat(),)).rowcount

    def questions(self) -> list[Shared]:
        """Every kept question, oldest day first."""
        if not self.path.exists():
            return []
        with self._connect() as db:
            rows = db.execute("SELECT day, text, count FROM questions "
                              "ORDER BY day, text").fetchall()
        return [Shared(dt.date.fromisoformat(day), text, count) for day, text, count in rows]

    def purge(self) -> int:
        """Delete every question; returns how many rows went."""
        if not self.path.exists():
            return 0
        with self._connect() as db:
            return db.execute("DELETE FROM questions").rowcount

    @contextmanager
    def _connect(self, create: bool = False) -> Iterator[sqlite3.Connection]:
        if create and not self.path.exists():
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        with closing(sqlite3.connect(self.path, timeout=10)) as db:
            db.execute("PRAGMA secure_delete = ON")
            db.execute(_SCHEMA)
            with db:  # one transaction, committed on success
                yield db
