"""Property test: 2,000 generated questions (4 families × 500) with random follow-up states and
reference dates through the real `Assistant.ask`: no exception, every result a valid French `Answer`
whose quotes are verbatim in the corpus. `bench/fuzz_long.py` runs 10,000 in one go."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings

from assistant.models import ConversationState

from .checks import check_answer
from .strategies import QUESTION_FAMILIES, states, todays

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
EXAMPLES_PER_FAMILY = 500  # 4 families: 2,000 questions in all
FUZZ = settings(
    max_examples=EXAMPLES_PER_FAMILY,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _ask_and_check(assistant, question: str, state: ConversationState | None, today: dt.date | None) -> str:
    answer = assistant.ask(question, state, today)
    check_answer(answer)
    assert answer.state.turns >= 0
    return answer.kind


@pytest.mark.parametrize("family", sorted(QUESTION_FAMILIES))
def test_generated_questions_never_fail(assistant, family: str) -> None:
    kinds: Counter[str] = Counter()

    @FUZZ
    @given(question=QUESTION_FAMILIES[family], state=states, today=todays)
    def run(question: str, state: ConversationState | None, today: dt.date | None) -> None:
        kinds[_ask_and_check(assistant, question, state, today)] += 1

    run()
    assert kinds.total() >= EXAMPLES_PER_FAMILY, kinds  # every example really went through ask
    print(f"{family}: {dict(kinds)}")
