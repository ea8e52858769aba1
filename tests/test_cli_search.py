"""`assistant index` and `assistant search` through the CLI entry point (real index)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.cli import main
from assistant.settings import PROJECT_ROOT


def test_index_command_prints_a_summary(index_env, capsys):
    assert main(["index"]) == 0
    out = capsys.readouterr().out
    assert "Index chargé" in out and "passages" in out
    assert "circulaire-ipt-2025-2026" in out and "decret-flamand-2018-07-06" in out


def test_search_prints_ranked_chunks(index_env, capsys):
    assert main(["search", "qui délivre l'attestation d'orientation ?", "--k", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. [") and "\n2. [" in out and "\n3. [" in out and "\n4. [" not in out
    assert "cosinus" in out


def test_search_json(index_env, capsys):
    assert main(["search", "périodes IPT", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["results"]) == 5
    assert {"source_id", "locator", "text", "score"} <= set(data["results"][0])


def test_search_batch_continues_after_a_bad_line(index_env, tmp_path: Path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        '{"id": "q1", "query": "rôle du centre PMS"}\n'
        "not json\n"
        '{"id": "q3", "query": ""}\n'
        '{"id": "q4", "query": "échelles sensori-motrices"}\n',
        encoding="utf-8",
    )
    assert main(["search", "--jsonl", str(src), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["q1", "ligne-2", "q3", "q4"]
    assert len(lines[0]["results"]) == 10 and "error" in lines[1] and "error" in lines[2]
    assert set(lines[3]["results"][0]) == {"source_id", "locator", "text", "score"}


def test_search_without_query_is_an_error(index_env, capsys):
    assert main(["search"]) == 2
    assert "Erreur" in capsys.readouterr().err


def test_python_dash_m_search(index_env):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(index_env.data_dir)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "search",
            "nouvelle attestation d'orientation",
            "--json",
            "--k",
            "2",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["results"]) == 2
    assert "reconstruction" not in proc.stderr  # loaded from the session's index, not rebuilt
