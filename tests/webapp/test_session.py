"""Session handlers on the real Assistant: turns, rate limit, bad dates, votes by message, draft."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.feedback import FeedbackStore
from assistant.settings import Settings
from assistant.webapp.limits import RateLimit
from assistant.webapp.session import (
    BAD_DATE,
    NOTHING_TO_DRAFT,
    NOTHING_TO_RATE,
    Session,
    ask_turn,
    draft_reply,
    parse_reference_date,
    record_vote,
)

RULE_Q = (
    "Mon élève est en IPT depuis 3 ans : faut-il une nouvelle attestation s'il retourne dans le spécialisé ?"
)


@pytest.fixture(scope="module")
def settings(index_settings: Settings) -> Settings:
    return index_settings


@pytest.fixture(scope="module")
def assistant(settings: Settings, real_index):
    """The real facade over the session's index, loaded before the test: the rule path may consult
    the index (notions no text mentions), and building it inside the test would outlast the
    60-second window of the rate limit under test."""
    from assistant.chat import Assistant

    return Assistant(settings, index=real_index)


def test_rate_limit_window() -> None:
    now = [0.0]
    rate = RateLimit()
    assert [rate.allow(3, lambda: now[0]) for _ in range(4)] == [True, True, True, False]
    assert rate.retry_after(lambda: now[0]) == 61
    now[0] = 60.5
    assert rate.allow(3, lambda: now[0])
    assert all(RateLimit().allow(0) for _ in range(100))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", dt.date(2025, 10, 1)), ("2026-03-02", dt.date(2026, 3, 2)), ("02/03/2026", dt.date(2026, 3, 2))],
)
def test_parse_reference_date(text: str, expected: dt.date) -> None:
    assert parse_reference_date(text, today=dt.date(2025, 10, 1)) == expected


def test_parse_reference_date_invalid() -> None:
    assert parse_reference_date("demain") is None and parse_reference_date("2025-02-30") is None


@pytest.mark.timeout(120)
def test_turns_limit_and_votes(assistant, settings: Settings, tmp_path) -> None:
    settings = settings.model_copy(update={"rate_limit_per_minute": 3})
    store = FeedbackStore.in_data_dir(tmp_path)
    s = Session()
    assert draft_reply(s) == NOTHING_TO_DRAFT and record_vote(store, s, "up") == NOTHING_TO_RATE
    s = ask_turn(assistant, settings, s, RULE_Q, "2025-10-01")
    s = ask_turn(assistant, settings, s, "Et s'il est en IPT depuis 1 an ?", "pas une date")
    s = ask_turn(assistant, settings, s, "Quel CPMS signe le protocole ?", "")
    s = ask_turn(assistant, settings, s, "Encore une ?", "")
    kinds = [t.answer.kind if t.answer else "notice" for t in s.turns]
    assert kinds == ["rule", "notice", "rule", "notice"]
    assert s.turns[1].notice == BAD_DATE and "limite : 3 par minute" in s.turns[3].notice
    assert len(s.messages()) == 8 and s.conversation.last_intent == "cpms.role"
    # a vote on message 1 (the first answer) is about the first question; a notice cannot be rated
    record_vote(store, s, "down", "à revoir", message_index=1)
    assert record_vote(store, s, "up", message_index=3) == NOTHING_TO_RATE
    record_vote(store, s, "up")
    rows = store.rows()
    assert [(r.question, r.vote, r.comment) for r in rows] == [
        (RULE_Q, "down", "à revoir"),
        ("Quel CPMS signe le protocole ?", "up", ""),
    ]
    assert {r.session_id for r in rows} == {s.id} and len(s.id) == 32
    assert "Base légale" in draft_reply(s)
