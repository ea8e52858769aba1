"""Multi-turn conversations on the real index (conversations.yaml): the state is passed back each turn.

Follow-ups ("et pour le secondaire ?", "et qui la rédige ?", "cet élève est en type 8", "et en
2026-2027 ?") must keep the facts of the conversation; a new topic must start fresh.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rows import KINDS, as_list, known_gap_params, load_rows, run_conversation, unknown_keys

from assistant.models import Answer
from assistant.textnorm import fold

CONVERSATIONS_FILE = Path(__file__).with_name("conversations.yaml")
CONVERSATIONS = load_rows(CONVERSATIONS_FILE)
CONVERSATION_KEYS = {"id", "today", "turns", "known_gap", "quote_gap"}
TURN_KEYS = {"q", "kind", "rule_id", "facts", "wrong", "notes", "absent_state", "no_source"}


def check_turn(answer: Answer, turn: dict[str, Any], label: str) -> None:
    text = fold(answer.text)
    assert answer.kind in as_list(turn["kind"]), f"{label}: kind {answer.kind!r}\n{answer.text}"
    if "rule_id" in turn:
        assert answer.rule_id == turn["rule_id"], f"{label}: rule {answer.rule_id!r}\n{answer.text}"
    for pattern in as_list(turn.get("facts")):
        assert re.search(pattern, text), f"{label}: fact /{pattern}/ missing from:\n{text}"
    for pattern in as_list(turn.get("wrong")):
        assert not re.search(pattern, text), f"{label}: wrong fact /{pattern}/ in:\n{text}"
    notes = fold(" | ".join(answer.notes))
    for pattern in as_list(turn.get("notes")):
        assert re.search(pattern, notes), f"{label}: note /{pattern}/ missing from: {notes}"
    for key in as_list(turn.get("absent_state")):
        assert key not in answer.state.facts, f"{label}: fact {key!r} leaked: {answer.state.facts}"
    if turn.get("no_source"):
        assert all(c.source_id != turn["no_source"] for c in answer.citations), (
            f"{label}: cites {turn['no_source']}"
        )


def test_the_conversations_are_enough_and_well_formed() -> None:
    assert len(CONVERSATIONS) >= 12
    assert len({c["id"] for c in CONVERSATIONS}) == len(CONVERSATIONS)
    for conv in CONVERSATIONS:
        assert not unknown_keys(conv, CONVERSATION_KEYS), conv["id"]
        assert 2 <= len(conv["turns"]) <= 4, conv["id"]
        for turn in conv["turns"]:
            assert not unknown_keys(turn, TURN_KEYS), (conv["id"], unknown_keys(turn, TURN_KEYS))
            assert set(as_list(turn["kind"])) <= KINDS, conv["id"]
            for pattern in (
                as_list(turn.get("facts")) + as_list(turn.get("wrong")) + as_list(turn.get("notes"))
            ):
                re.compile(pattern)
                assert pattern == fold(pattern), f"{conv['id']}: write /{pattern}/ folded"


@pytest.mark.parametrize("conv", known_gap_params(CONVERSATIONS))
def test_conversation(assistant, conv: dict[str, Any]) -> None:
    answers = run_conversation(assistant, conv)
    for i, (answer, turn) in enumerate(zip(answers, conv["turns"], strict=True), 1):
        check_turn(answer, turn, f"{conv['id']} turn {i} ({turn['q']!r})")
