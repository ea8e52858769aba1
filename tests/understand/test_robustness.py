"""`understand` never raises, whatever the text (hypothesis), and flags empty input."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.models import ConversationState
from assistant.understand import extract_facts, next_state, understand

TODAY = dt.date(2025, 10, 1)
STATE = ConversationState(last_intent="deadlines.when", facts={"deadline_key": "listing_integration"})

_fragments = st.sampled_from(
    ["IPT", "type 8", "depuis 3 ans", "14/11/2025", "25-26", "et pour", "CPMS", "échelle de 20 items",
     "score 45", "1re secondaire", "\x00", "😀", "<b>", "’", "99/99/9999", "0 items", "2025-13-45"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300) | st.lists(_fragments | st.text(max_size=10), max_size=12).map(" ".join))
def test_understand_never_raises(text: str) -> None:
    u = understand(text, STATE, TODAY)
    assert u.question == text
    assert u.rule_id is None or isinstance(u.rule_id, str)
    next_state(STATE, u, [])
    extract_facts(text, TODAY)


def test_huge_and_binary_inputs() -> None:
    for text in ["a" * 100_000, "\x00" * 1000, "IPT " * 30_000, "<script>alert(1)</script>" * 500]:
        u = understand(text, None, TODAY)
        assert len(u.normalised) <= 2000


def test_empty_inputs() -> None:
    for text in ["", "   ", "?!…", "😀😀", "\n\t"]:
        u = understand(text, STATE, TODAY)
        assert u.empty and u.rule_id is None
        assert next_state(STATE, u, []).last_intent == "deadlines.when"  # nothing usable: state kept
