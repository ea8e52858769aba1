"""The launched app, asked through gradio_client: answers with sources, draft, feedback, limits."""

from __future__ import annotations

import json
import sqlite3

import pytest
from gradio_client import Client

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]

RULE_Q = (
    "Mon élève est en IPT depuis 3 ans : faut-il une nouvelle attestation s'il retourne dans le spécialisé ?"
)
TEXT_Q = "Que doit contenir le dossier d'un élève qui génère des moyens complémentaires ?"


def _client(app_server) -> Client:
    return Client(app_server.url, verbose=False)


def _last_bot_text(chat: list[dict]) -> str:
    content = chat[-1]["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


@pytest.mark.parametrize(("question", "kind"), [(RULE_Q, "rule"), (TEXT_Q, "retrieval")])
def test_answer_has_text_and_sources(app_server, question: str, kind: str) -> None:
    chat, cleared, last = _client(app_server).predict(question, "2025-10-01", api_name="/ask")
    assert cleared == "" and len(chat) == 2 and chat[0]["role"] == "user"
    assert last["kind"] == kind and last["text"] and last["citations"]
    shown = _last_bot_text(chat)
    assert "<details" in shown and last["citations"][0]["title"] in shown
    assert last["citations"][0]["quote"][:40].replace("'", "&#x27;") in shown
    if kind == "rule":
        assert "**Raisonnement**" in shown


def test_draft_and_vote_are_stored(app_server) -> None:
    client = _client(app_server)
    client.predict(RULE_Q, "", api_name="/ask")
    draft = client.predict(api_name="/draft")
    assert draft.startswith("Madame, Monsieur,") and "Base légale" in draft
    status, comment = client.predict("Très utile pour le help desk", api_name="/vote_down")
    assert "enregistré" in status and comment == ""
    with sqlite3.connect(app_server.feedback_db) as conn:
        rows = conn.execute(
            "SELECT question, kind, rule_id, citations, vote, comment FROM feedback WHERE comment = ?",
            ("Très utile pour le help desk",),
        ).fetchall()
    assert len(rows) == 1
    question, kind, rule_id, citations, vote, _ = rows[0]
    assert (question, kind, rule_id, vote) == (RULE_Q, "rule", "attestation.nouvelle_attestation", "down")
    assert json.loads(citations)[0]["quote"]


def test_long_question_and_bad_date_get_clear_french_messages(app_server) -> None:
    client = _client(app_server)
    chat, _, last = client.predict("Quand ? " * 400, "", api_name="/ask")
    assert last["kind"] == "clarify" and "trop longue" in last["text"]
    assert "Précision demandée" in _last_bot_text(chat)
    chat, _, last = client.predict(RULE_Q, "1er octobre", api_name="/ask")
    assert "AAAA-MM-JJ" in last["notice"] and "AAAA-MM-JJ" in _last_bot_text(chat)


def test_new_conversation_forgets(app_server) -> None:
    client = _client(app_server)
    client.predict(RULE_Q, "", api_name="/ask")
    chat, *_ = client.predict(api_name="/new_conversation")
    assert chat == []
    chat, _, last = client.predict("Et s'il est en IPT depuis 1 an ?", "", api_name="/ask")
    assert len(chat) == 2 and last["state"]["turns"] == 1


def test_calendar_endpoint(app_server) -> None:
    header, svg, table = _client(app_server).predict("2025-10-01", api_name="/calendar")
    assert "2025-2026" in header
    assert "Date de référence : 01/10/2025" in svg or "pas encore disponible" in header
    assert table["headers"][0] == "Date"
