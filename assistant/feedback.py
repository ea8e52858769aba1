"""Feedback store: 👍 / 👎 votes on answers, in SQLite (WAL mode) under the data folder.

One short-lived connection per write, with a busy timeout and a retry loop, so concurrent writers
(threads of the web app, or several processes) never lose a row.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.models import Answer

Vote = Literal["up", "down"]
DB_NAME = "feedback.sqlite3"
COLUMNS = (
    "id",
    "timestamp",
    "session_id",
    "question",
    "answer_text",
    "kind",
    "rule_id",
    "citations",
    "vote",
    "comment",
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp TEXT NOT NULL,
    session_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    rule_id TEXT,
    citations TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT ''
)
"""
_INSERT = (
    "INSERT INTO feedback (timestamp, session_id, question, answer_text, kind, rule_id, citations, vote,"
    " comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class FeedbackRow(BaseModel):
    """One vote on one answer, as stored."""

    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    timestamp: str = Field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    session_id: str
    question: str
    answer_text: str
    kind: str
    rule_id: str | None = None
    citations: str = "[]"  # JSON list of Citation objects
    vote: Vote
    comment: str = ""

    @classmethod
    def for_answer(
        cls, session_id: str, question: str, answer: Answer, vote: Vote, comment: str = ""
    ) -> FeedbackRow:
        citations = json.dumps([c.model_dump() for c in answer.citations], ensure_ascii=False)
        return cls(
            session_id=session_id,
            question=question,
            answer_text=answer.text,
            kind=answer.kind,
            rule_id=answer.rule_id,
            citations=citations,
            vote=vote,
            comment=comment.strip(),
        )


class FeedbackStore:
    """The feedback table of `<data_dir>/feedback.sqlite3`."""

    def __init__(self, path: Path, *, busy_timeout_ms: int = 10_000, retries: int = 5) -> None:
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        self.retries = retries
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._retry(self._init_schema)

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> FeedbackStore:
        return cls(Path(data_dir) / DB_NAME)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            yield conn
        finally:
            conn.close()

    def _init_schema(self) -> None:
        with self._connect() as conn:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(_SCHEMA)

    def _retry(self, fn):
        for attempt in range(self.retries):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or attempt == self.retries - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return None

    def add(self, row: FeedbackRow) -> int:
        """Store one row; returns its id."""
        values = (
            row.timestamp,
            row.session_id,
            row.question,
            row.answer_text,
            row.kind,
            row.rule_id,
            row.citations,
            row.vote,
            row.comment,
        )

        def write() -> int:
            with self._connect() as conn:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    cur = conn.execute(_INSERT, values)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                return int(cur.lastrowid)

        return self._retry(write)

    def rows(self) -> list[FeedbackRow]:
        """All rows, oldest first."""
        with self._connect() as conn:
            cur = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id")
            return [FeedbackRow(**dict(zip(COLUMNS, r, strict=True))) for r in cur.fetchall()]

    def count(self) -> int:
        with self._connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def write_csv(self, out: IO[str]) -> int:
        """Write every row as CSV (header first); returns the number of rows."""
        rows = self.rows()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow([getattr(r, c) if getattr(r, c) is not None else "" for c in COLUMNS])
        return len(rows)
