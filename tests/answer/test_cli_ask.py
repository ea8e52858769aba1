"""`assistant ask` through the CLI on the real index: human output, --json, --draft, --today, --jsonl."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.models import Answer
from assistant.settings import PROJECT_ROOT
from assistant.textnorm import fold

LISTING = "pour quand envoyer le listing des eleves en integration ?"


def _ask(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["ask", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_human_output_has_the_answer_then_numbered_sources(index_env, capsys) -> None:
    code, out, _ = _ask(capsys, "Qui redige la nouvelle attestation d'orientation apres 3 ans d'IPT ?")
    assert code == 0
    answer_part, _, sources = out.partition("Sources :")
    assert "CPMS" in answer_part and sources, out
    assert out.index("CPMS") < out.index("Sources :")
    assert "[1] Circulaire IPT 2025-2026, point" in sources
    assert "«" in sources


def test_json_output_is_an_answer(index_env, capsys) -> None:
    code, out, _ = _ask(capsys, "--json", "--today", "2025-10-01", LISTING)
    assert code == 0
    answer = Answer.model_validate_json(out)
    assert answer.kind == "rule" and answer.rule_id == "deadlines.when"
    assert "30/09/2026" in answer.text
    assert set(json.loads(out)) == {"text", "kind", "rule_id", "citations", "notes", "state"}


def test_draft_is_a_courteous_reply_with_its_legal_basis(index_env, capsys) -> None:
    code, out, _ = _ask(capsys, "--draft", "--today", "2025-10-01", LISTING)
    assert code == 0
    assert out.startswith("Madame, Monsieur,")
    assert "Base légale / Sources" in out
    assert "30/09/2026" in out
    assert "salutations" in out


def test_today_changes_a_date_dependent_answer(index_env, capsys) -> None:
    _, before, _ = _ask(capsys, "--json", "--today", "2025-10-01", LISTING)
    _, after, _ = _ask(capsys, "--json", "--today", "2026-11-22", LISTING)
    early, late = Answer.model_validate_json(before), Answer.model_validate_json(after)
    assert early.text != late.text
    assert "il reste" in fold(early.text) and "depass" not in fold(early.text)
    assert "depass" in fold(late.text)
    assert any("2026-2027" in n for n in late.notes)


@pytest.mark.parametrize("bad", ["2025-13-01", "01/10/2025", "demain"])
def test_bad_today_is_a_french_error_with_exit_code_2(index_env, capsys, bad: str) -> None:
    code, out, err = _ask(capsys, "--today", bad, LISTING)
    assert code == 2
    assert out == ""
    assert "date invalide" in err and "AAAA-MM-JJ" in err


def _write_lines(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"\n".join(lines) + b"\n")


def test_jsonl_batch_conversations_and_bad_lines(index_env, capsys, tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = {
        "id": "conv-1",
        "turns": [
            "combien de periodes pour un eleve en IPT depuis 2019 ?",
            "cet eleve est en type 4 au 3e degre",
        ],
        "today": "2025-10-01",
    }
    _write_lines(
        src,
        [
            json.dumps(good).encode(),
            b'{"id": "broken", "turns": [',  # invalid JSON
            b'{"id": "latin1", "turns": ["\xe9l\xe8ve"]}',  # invalid UTF-8 bytes
            json.dumps({"id": "no-turns", "today": "2025-10-01"}).encode(),
            b'["not", "an", "object"]',
            json.dumps(
                {"id": "after-errors", "turns": ["quels types sont concernes par l'IPT en maternel ?"]}
            ).encode(),
        ],
    )
    code = main(["ask", "--jsonl", str(src), "--out", str(dst)])
    capsys.readouterr()
    assert code == 0
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6
    first = rows[0]
    assert first["id"] == "conv-1" and set(first) == {"id", "answers", "elapsed_ms"}
    assert len(first["answers"]) == len(first["elapsed_ms"]) == 2
    assert all(isinstance(ms, int | float) and ms >= 0 for ms in first["elapsed_ms"])
    one, two = (Answer.model_validate(a) for a in first["answers"])
    assert "1,18" in one.text
    # the second turn only says the type and degree: the start year comes from the first turn
    assert two.rule_id == "means.periods_points" and "16 périodes" in two.text
    assert two.state.facts.get("ipt_start", "").startswith("2019")
    for row in rows[1:5]:
        assert "error" in row and isinstance(row["error"], str) and row["error"], row
        assert "answers" not in row
    assert rows[3]["id"] == "no-turns"
    last = rows[5]
    assert last["id"] == "after-errors" and "error" not in last
    assert "2, 3, 4, 6 et 7" in last["answers"][0]["text"]


def test_jsonl_needs_out(index_env, capsys, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "turns": ["x"]}\n', encoding="utf-8")
    code, _, err = _ask(capsys, "--jsonl", str(src))
    assert code == 2 and "--out" in err


def test_python_dash_m_assistant_ask_json(index_env) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ASSISTANT_CHROMA_URL"}
    env["ASSISTANT_DATA_DIR"] = str(index_env.data_dir)
    python = PROJECT_ROOT / ".venv" / "bin" / "python"
    exe = str(python) if python.exists() else sys.executable
    proc = subprocess.run(
        [exe, "-m", "assistant", "ask", "--json", "--today", "2025-10-01", LISTING],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    answer = Answer.model_validate_json(proc.stdout)
    assert answer.kind == "rule" and "30/09/2026" in answer.text
