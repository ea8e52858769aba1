"""Feedback store: rows round-trip, WAL mode, no row lost with concurrent processes, CSV export."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing as mp
import sqlite3
import subprocess
import sys
from pathlib import Path

from assistant.feedback import COLUMNS, FeedbackRow, FeedbackStore
from assistant.models import Answer, Citation

ANSWER = Answer(
    text="Oui, une nouvelle attestation est requise.",
    kind="rule",
    rule_id="attestation.nouvelle_attestation",
    citations=[
        Citation(source_id="circulaire-ipt-2025-2026", title="Circulaire IPT", locator="point 1.5", quote="q")
    ],
)


def test_row_round_trip_and_wal(tmp_path: Path) -> None:
    store = FeedbackStore.in_data_dir(tmp_path)
    store.add(FeedbackRow.for_answer("s1", "Faut-il une attestation ?", ANSWER, "up", "  très clair "))
    [row] = store.rows()
    assert (row.session_id, row.vote, row.comment, row.kind) == ("s1", "up", "très clair", "rule")
    assert row.rule_id == "attestation.nouvelle_attestation"
    assert json.loads(row.citations)[0]["locator"] == "point 1.5"
    with sqlite3.connect(tmp_path / "feedback.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _writer(path: str, worker: int, n: int) -> None:
    store = FeedbackStore(Path(path))
    for i in range(n):
        store.add(FeedbackRow.for_answer(f"w{worker}", f"question {i}", ANSWER, "down" if i % 2 else "up"))


def test_four_processes_times_fifty_writes_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "feedback.sqlite3")
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w, 50)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    rows = FeedbackStore(Path(path)).rows()
    assert len(rows) == 200
    assert sorted({r.session_id for r in rows}) == ["w0", "w1", "w2", "w3"]
    assert sorted(r.question for r in rows if r.session_id == "w2") == sorted(
        f"question {i}" for i in range(50)
    )


def test_export_csv_command(tmp_path: Path) -> None:
    store = FeedbackStore.in_data_dir(tmp_path)
    store.add(FeedbackRow.for_answer("s1", "Q, avec virgule", ANSWER, "down", "ligne\nsuivante"))
    out = tmp_path / "avis.csv"
    env = {"ASSISTANT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "assistant", "feedback", "export", "--csv", "--out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0].keys()) == list(COLUMNS)
    assert (rows[0]["question"], rows[0]["vote"], rows[0]["comment"]) == (
        "Q, avec virgule",
        "down",
        "ligne\nsuivante",
    )
