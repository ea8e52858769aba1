"""Multi-turn conversations: understand + next_state, turn by turn (tests/understand/conversations.yaml)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from assistant.models import ConversationState
from assistant.rules import registry
from assistant.understand import next_state, normalise, understand

TODAY = dt.date(2025, 10, 1)
CONVERSATIONS = yaml.safe_load((Path(__file__).parent / "conversations.yaml").read_text(encoding="utf-8"))


def _as_yaml(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_as_yaml(v) for v in value]
    return value


def test_enough_conversations() -> None:
    assert len(CONVERSATIONS) >= 10


@pytest.mark.parametrize("conv", CONVERSATIONS, ids=[c["name"] for c in CONVERSATIONS])
def test_conversation(conv: dict) -> None:
    missing = {t["rule"] for t in conv["turns"] if t.get("rule")} - set(registry())
    if missing:
        pytest.skip(f"rules not registered yet: {sorted(missing)}")
    state: ConversationState | None = None
    for i, turn in enumerate(conv["turns"]):
        u = understand(turn["q"], state, TODAY)
        where = f"turn {i + 1} {turn['q']!r}"
        assert u.rule_id == turn["rule"], f"{where}: {u.rule_id} (candidates {u.candidates})"
        if "followup" in turn:
            assert u.is_followup is turn["followup"], where
        got = u.facts.model_dump()
        for key, value in (turn.get("facts") or {}).items():
            assert _as_yaml(got[key]) == value, f"{where}: {key} = {got[key]!r}"
        for key in turn.get("absent", []):
            assert got[key] in (None, []), f"{where}: {key} carried over"
        state = next_state(state, u, ["circulaire-ipt-2025-2026"])
        json.dumps(state.model_dump(mode="json"))  # the state travels as JSON
        assert state.turns == i + 1


def test_state_round_trips_through_json() -> None:
    u = understand(
        "Qui accompagne un élève en IPT depuis 2021 si l'école n'est dans aucun pôle ?", None, TODAY
    )
    state = ConversationState.model_validate_json(next_state(None, u, []).model_dump_json())
    follow = understand("et en 2026-2027 ?", state, TODAY)
    assert follow.facts.ipt_start == dt.date(2021, 9, 1)
    assert follow.new_facts == ["school_year"]


def test_est_ce_que_names_nothing_of_the_previous_turn() -> None:
    from assistant.understand.followup_wording import DEMONSTRATIVE

    assert not DEMONSTRATIVE.search("est-ce que le cpms doit signer ?")
    assert not DEMONSTRATIVE.search("qu'est-ce qui se passe si l'ipt echoue ?")
    assert DEMONSTRATIVE.search("qui est responsable de ce personnel ?")
    assert DEMONSTRATIVE.search("et ce document, on l'envoie ou ?")


@pytest.mark.parametrize(
    "turn",
    [
        "c'est écrit où ?",
        "où est-ce que c'est écrit ?",
        "c'est stipulé où ?",
        "où est-ce prévu ?",
        "c'est dit où ?",
    ],
)
def test_where_written_is_one_pattern(turn: str) -> None:
    """A follow-up asking where the last answer is written asks for its reference, and the reference
    questions read the same wording (legal_reference.WRITTEN_WHERE; review 12, 19)."""
    from assistant.legal_reference import asks_reference
    from assistant.understand.followup_wording import asks_basis

    text = normalise(turn)
    assert asks_basis(text) and asks_reference(text)
