"""Multi-turn conversations on the real index (conversations.yaml): the state is passed back each turn.

Follow-ups ("et pour le secondaire ?", "et qui la rédige ?", "cet élève est en type 8", "et en
2026-2027 ?") must keep the facts of the conversation; a new topic must start fresh.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.models import Answer
from assistant.textnorm import fold

CONVERSATIONS_FILE = Path(__file__).with_name("conversations.yaml")
KINDS = {"rule", "retrieval", "abstain", "clarify"}


def load_conversations(path: Path = CONVERSATIONS_FILE) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


CONVERSATIONS = load_conversations()


def _list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def run_conversation(assistant, conv: dict[str, Any]) -> list[Answer]:
    """Ask every turn, passing the previous answer's state back."""
    answers, state = [], None
    for turn in conv["turns"]:
        answer = assistant.ask(turn["q"], state=state, today=conv.get("today"))
        answers.append(answer)
        state = answer.state
    return answers


def check_turn(answer: Answer, turn: dict[str, Any], label: str) -> None:
    text = fold(answer.text)
    assert answer.kind in _list(turn["kind"]), f"{label}: kind {answer.kind!r}\n{answer.text}"
    if "rule_id" in turn:
        assert answer.rule_id == turn["rule_id"], f"{label}: rule {answer.rule_id!r}\n{answer.text}"
    for pattern in _list(turn.get("facts")):
        assert re.search(pattern, text), f"{label}: fact /{pattern}/ missing from:\n{text}"
    for pattern in _list(turn.get("wrong")):
        assert not re.search(pattern, text), f"{label}: wrong fact /{pattern}/ in:\n{text}"
    notes = fold(" | ".join(answer.notes))
    for pattern in _list(turn.get("notes")):
        assert re.search(pattern, notes), f"{label}: note /{pattern}/ missing from: {notes}"
    for key in _list(turn.get("absent_state")):
        assert key not in answer.state.facts, f"{label}: fact {key!r} leaked: {answer.state.facts}"
    if turn.get("no_source"):
        assert all(c.source_id != turn["no_source"] for c in answer.citations), (
            f"{label}: cites {turn['no_source']}"
        )


def _params() -> list:
    params = []
    for conv in CONVERSATIONS:
        marks = (
            [pytest.mark.xfail(strict=True, reason=f"known gap: {conv['known_gap']}")]
            if conv.get("known_gap")
            else []
        )
        params.append(pytest.param(conv, id=conv["id"], marks=marks))
    return params


def test_the_conversations_are_enough_and_well_formed() -> None:
    assert len(CONVERSATIONS) >= 12
    assert len({c["id"] for c in CONVERSATIONS}) == len(CONVERSATIONS)
    for conv in CONVERSATIONS:
        assert 2 <= len(conv["turns"]) <= 4, conv["id"]
        for turn in conv["turns"]:
            assert set(_list(turn["kind"])) <= KINDS, conv["id"]
            for pattern in _list(turn.get("facts")) + _list(turn.get("wrong")) + _list(turn.get("notes")):
                re.compile(pattern)
                assert pattern == fold(pattern), f"{conv['id']}: write /{pattern}/ folded"


@pytest.mark.parametrize("conv", _params())
def test_conversation(assistant, conv: dict[str, Any]) -> None:
    answers = run_conversation(assistant, conv)
    for i, (answer, turn) in enumerate(zip(answers, conv["turns"], strict=True), 1):
        check_turn(answer, turn, f"{conv['id']} turn {i} ({turn['q']!r})")
