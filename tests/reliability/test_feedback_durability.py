"""Feedback store durability, beyond `tests/webapp/test_feedback.py` (4 processes × 50 writes):
threads sharing one store, threads inside several processes at once, and a process killed with
SIGKILL in the middle of writes (during a stream of single writes, and inside an open transaction):
no committed row lost, the database stays readable, `PRAGMA integrity_check` is ok."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.feedback import FeedbackRow, FeedbackStore
from assistant.models import Answer, Citation
from assistant.settings import PROJECT_ROOT

pytestmark = [pytest.mark.timeout(300)]
ANSWER = Answer(
    text="Le pôle accompagne l'élève.",
    kind="rule",
    rule_id="accompaniment.who",
    citations=[
        Citation(source_id="circulaire-ipt-2025-2026", title="Circulaire", locator="point 1", quote="q")
    ],
)


def _write(store: FeedbackStore, who: str, n: int) -> None:
    for i in range(n):
        store.add(FeedbackRow.for_answer(who, f"question {i}", ANSWER, "up" if i % 2 else "down", f"c{i}"))


def _check_db(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_threads_sharing_one_store_lose_nothing(tmp_path: Path) -> None:
    store = FeedbackStore.in_data_dir(tmp_path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda t: _write(store, f"t{t}", 40), range(8)))
    rows = store.rows()
    assert len(rows) == 320 and len({r.id for r in rows}) == 320
    for t in range(8):
        assert sorted(r.question for r in rows if r.session_id == f"t{t}") == sorted(
            f"question {i}" for i in range(40)
        )
    _check_db(store.path)


def _threads_in_process(path: str, proc: int) -> None:
    store = FeedbackStore(Path(path))
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda t: _write(store, f"p{proc}t{t}", 25), range(4)))


def test_threads_in_several_processes_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    FeedbackStore(path)
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_threads_in_process, args=(str(path), p)) for p in range(3)]
    for p in procs:
        p.start()
    _write(FeedbackStore(path), "parent", 50)  # the parent writes meanwhile
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    rows = FeedbackStore(path).rows()
    assert len(rows) == 3 * 4 * 25 + 50
    assert len({r.session_id for r in rows}) == 13
    _check_db(path)


_WRITER = """
import sys
from pathlib import Path
from assistant.feedback import FeedbackRow, FeedbackStore
from assistant.models import Answer
store = FeedbackStore(Path(sys.argv[1]))
answer = Answer(text="x" * 2000, kind="abstain")
i = 0
while True:
    store.add(FeedbackRow.for_answer("killed", f"question {i} " + "y" * 5000, answer, "up"))
    i += 1
    print(i, flush=True)
"""

_OPEN_TRANSACTION = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
for i in range(2000):
    conn.execute(
        "INSERT INTO feedback (timestamp, session_id, question, answer_text, kind, citations, vote)"
        " VALUES ('t', 'uncommitted', ?, 'a', 'rule', '[]', 'up')", (str(i) * 50,))
print("inserted", flush=True)
time.sleep(60)
"""


def _spawn(script: str, path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_kill_minus_nine_during_writes_leaves_a_readable_database(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    store = FeedbackStore(path)
    confirmed = 0
    for round_ in range(3):  # kill three writers at different moments
        proc = _spawn(_WRITER, path)
        target = 20 + 15 * round_
        last = 0
        while last < target:
            line = proc.stdout.readline()
            assert line, "the writer died on its own"
            last = int(line)
        os.kill(proc.pid, signal.SIGKILL)  # in the middle of the next write
        proc.wait(timeout=30)
        proc.stdout.close()
        confirmed += last
        _check_db(path)
        rows = store.rows()  # readable, and every confirmed write is there
        assert len(rows) >= confirmed
        assert all(r.session_id == "killed" for r in rows)
    store.add(FeedbackRow.for_answer("after", "encore une question", ANSWER, "up"))
    assert store.rows()[-1].session_id == "after"
    _check_db(path)


def test_kill_minus_nine_inside_an_open_transaction_commits_nothing(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    store = FeedbackStore(path)
    store.add(FeedbackRow.for_answer("before", "q", ANSWER, "up"))
    proc = _spawn(_OPEN_TRANSACTION, path)
    assert proc.stdout.readline().strip() == "inserted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    _check_db(path)
    start = time.monotonic()
    store.add(FeedbackRow.for_answer("after", "q", ANSWER, "down"))  # the lock died with the process
    assert time.monotonic() - start < 5
    assert [r.session_id for r in store.rows()] == ["before", "after"]
