"""Bad input through `Assistant.ask`: a clear French message or a sensible answer, never a traceback.

The `ask --jsonl` batch cases that `tests/answer/test_cli_ask.py` already covers (broken JSON, one
Latin-1 line, a missing `turns`, a non-object line) are not repeated here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant import evidence_scores
from assistant.cli import main
from assistant.models import Answer, ConversationState

from .checks import check_answer

TODAY = dt.date(2025, 10, 1)
EMAIL = """Bonjour Madame,

Je me permets de vous écrire au sujet d'un élève de 3e primaire (type 8) en IPT depuis septembre 2023.
Pouvez-vous me dire quand il faut introduire la demande de prolongation ?

Bien à vous,
--
Marie Dupont
Directrice — École fondamentale communale de Namur
Tél. : 081/12.34.56 · marie.dupont@ecole.be
Ce message et ses annexes sont confidentiels. Si vous n'en êtes pas le destinataire, supprimez-le.
"""

# (label, question, allowed kinds)
CASES = [
    ("empty", "", {"clarify"}),
    ("spaces", "   \t\n  ", {"clarify"}),
    ("punctuation", "?!… ...", {"clarify"}),
    ("emojis only", "😀🎉👍", {"clarify"}),
    ("nul bytes", "\x00" * 50, {"clarify"}),
    ("control chars", "\x01\x02\x1b[31mIPT\x1b[0m\x7f quand introduire la demande ?\x0b\x0c", None),
    ("nul in question", "Qui rédige\x00 l'attestation\x00 d'orientation ?", None),
    ("emojis", "😀 Qui accompagne un élève en IPT en 2026-2027 ? 🙏", None),
    ("lone surrogate", "IPT \ud800 quand ?", None),
    ("bidi override", "\u202eTPI\u202c qui paie ?", None),
    ("script", "<script>alert(1)</script>", None),
    ("script + question", "<script>alert(1)</script> Quel CPMS signe le protocole ?", None),
    ("img onerror", '<img src=x onerror="alert(1)">', None),
    ("markdown link", "[cliquez](javascript:alert(1)) **IPT** `code` > citation", None),
    ("sql", "'; DROP TABLE feedback; --", None),
    ("template", "{{7*7}} ${7*7} %s %(x)s", None),
    ("dutch", "Wanneer moet de aanvraag voor inclusie bij de CLB worden ingediend?", None),
    ("english", "When must the request for a permanent integration be submitted?", None),
    ("number", "12345", {"abstain", "clarify", "retrieval"}),
    ("year", "2025", None),
    ("negative float", "-3.14e10", None),
    ("acronym IPT", "IPT ?", None),
    ("acronym PMS", "PMS", None),
    ("acronym AO", "AO", None),
    ("unknown acronym", "XYZW ?", None),
    ("pasted e-mail", EMAIL, None),
    ("max length", ("Quand faut-il introduire la demande d'IPT ? " * 60)[:2000], None),
]


@pytest.mark.parametrize(("label", "question", "kinds"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_a_french_answer(assistant, label: str, question: str, kinds) -> None:
    answer = assistant.ask(question, ConversationState(), TODAY)
    check_answer(answer)
    if kinds is not None:
        assert answer.kind in kinds, (label, answer.kind, answer.text[:200])
    assert "<script" not in answer.text and "onerror" not in answer.text
    if label == "dutch" and answer.kind == "retrieval":  # only from the Flemish decree, and said so
        assert {c.source_id for c in answer.citations} == {"decret-flamand-2018-07-06"}
        assert "flamand" in (answer.text + " ".join(answer.notes)).lower()


@pytest.mark.parametrize("size", [2001, 100_000, 1_000_000])
def test_huge_paste_is_refused_in_french_at_once(assistant, size: int) -> None:
    state = ConversationState(last_intent="deadlines.when", facts={"deadline_key": "listing_integration"})
    answer = assistant.ask("Bonjour, " + "x" * size, state, TODAY)
    check_answer(answer)
    assert answer.kind == "clarify" and "trop longue" in answer.text
    assert answer.state == state  # the conversation is kept as it was


def test_email_with_signature_is_answered_on_its_question(assistant) -> None:
    answer = assistant.ask(EMAIL, None, TODAY)
    assert answer.kind in {"rule", "retrieval", "clarify"}, answer.text[:300]
    assert "dupont" not in answer.text.lower() and "081" not in answer.text  # no echo of personal data


def test_non_string_question_is_a_french_message(assistant) -> None:
    answer = assistant.ask(None, None, TODAY)  # type: ignore[arg-type]
    check_answer(answer)
    assert answer.kind == "clarify" and "texte" in answer.text


def test_hit_found_by_one_ranking_only_is_weak_evidence_not_a_crash() -> None:
    """Regression: a top hit with no BM25 score (dense only) raised TypeError ('12345')."""
    chunk = SimpleNamespace(text="Le pôle accompagne l'élève.")
    dense_only = SimpleNamespace(chunk=chunk, bm25_score=None, dense_score=0.80)
    bm25_only = SimpleNamespace(chunk=chunk, bm25_score=9.0, dense_score=None)
    assert evidence_scores.evidence_verdict([dense_only]) == "weak"
    assert evidence_scores.evidence_verdict([bm25_only]) == "ok"


def test_jsonl_nul_huge_lines_and_bad_bytes_do_not_stop_the_batch(rel_env, capsys, tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        b"\xef\xbb\xbf" + json.dumps({"id": "bom", "turns": ["IPT ?"]}).encode(),  # Windows editors
        b"\xff\xfe\x00\x00garbage",  # invalid UTF-8 at the start of a line
        json.dumps({"id": "nul", "turns": ["Qui signe\u0000 le protocole ?"]}).encode(),
        b'{"id": "raw-nul", "turns": ["IPT\x00"]}',  # raw NUL byte inside a JSON string: invalid JSON
        json.dumps({"id": "huge", "turns": ["a" * 200_000]}).encode(),
        b"x" * 2_000_000,  # a 2 MB line that is not JSON
        json.dumps({"id": "turns-not-str", "turns": ["ok", 3]}).encode(),
        json.dumps({"id": "bad-today", "turns": ["IPT ?"], "today": "31/12/2025"}).encode(),
        json.dumps({"id": 7, "turns": "Quel CPMS signe le protocole ?"}).encode(),
        json.dumps({"id": "last", "turns": ["Qui accompagne un élève en IPT en 2026-2027 ?"]}).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    assert main(["ask", "--jsonl", str(src), "--out", str(dst)]) == 0
    capsys.readouterr()
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines)
    by_id = {str(r["id"]): r for r in rows}
    for row in rows:
        assert ("error" in row) != ("answers" in row), row
        if "error" in row:
            assert row["error"] and "Traceback" not in row["error"]
    assert [r["id"] for r in rows if "error" in r] == [
        "ligne-2",  # invalid UTF-8
        "ligne-4",  # raw NUL in a JSON string
        "ligne-6",  # 2 MB of garbage
        "turns-not-str",
        "bad-today",
    ]
    assert Answer.model_validate(by_id["nul"]["answers"][0]).kind in {"rule", "retrieval"}
    huge = Answer.model_validate(by_id["huge"]["answers"][0])
    assert huge.kind == "clarify" and "trop longue" in huge.text
    assert "answers" in by_id["7"] and "answers" in by_id["bom"]
    assert by_id["last"]["answers"][0]["kind"] in {"rule", "retrieval"}
