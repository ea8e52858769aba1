"""24 concurrent conversations with different facts (type, start year, stage, reference date), through
the facade (thread pool) and through the launched app (one gradio_client session each): every answer
is exactly the one the same conversation gets when run alone, and carries its own facts only."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.models import Answer, ConversationState

from .checks import check_answer

pytestmark = [pytest.mark.timeout(900)]
N_CONVERSATIONS = 24
STAGES = ["protocole", "projet", "proposition"]


def conversation(i: int) -> tuple[list[str], dict, dt.date]:
    """The turns of conversation i, the facts its last state must hold, its reference date."""
    today = dt.date(2025, 9, 15) + dt.timedelta(days=5 * i)
    if i % 3 == 2:
        first, then = STAGES[(i // 3) % 3], STAGES[(i // 3 + 1) % 3]
        return [f"Quel CPMS signe le {first} ?", f"Et pour le {then} ?"], {"stage": then}, today
    pupil_type, year = (i % 8) + 1, 2019 + i % 6
    turns = [
        f"Mon élève de type {pupil_type} est en IPT depuis septembre {year} : combien de périodes ?",
        "Et s'il change de type ?",
        "Et en 2026-2027 ?",
    ]
    facts = {"pupil_type": pupil_type, "ipt_start": f"{year}-09-01", "change_of_type": True}
    return turns, facts | {"school_year": "2026-2027"}, today


def converse(assistant, i: int) -> list[Answer]:
    turns, _, today = conversation(i)
    state: ConversationState | None = None
    answers = []
    for q in turns:
        answer = assistant.ask(q, state, today)
        answers.append(answer)
        state = answer.state
    return answers


def _assert_own_facts(i: int, facts: dict) -> None:
    _, expected, _ = conversation(i)
    assert {k: facts.get(k) for k in expected} == expected, (i, facts)


@pytest.fixture(scope="module")
def alone(assistant) -> dict[int, list[Answer]]:
    """Each conversation run on its own, one after the other: the reference."""
    return {i: converse(assistant, i) for i in range(N_CONVERSATIONS)}


def test_facade_threads_keep_conversations_apart(assistant, alone) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(
            zip(
                range(N_CONVERSATIONS),
                pool.map(lambda i: converse(assistant, i), range(N_CONVERSATIONS)),
                strict=True,
            )
        )
    for i, answers in results.items():
        assert [a.model_dump() for a in answers] == [a.model_dump() for a in alone[i]], i
        for a in answers:
            check_answer(a)
        _assert_own_facts(i, answers[-1].state.facts)
        assert answers[-1].state.turns == len(answers)
    # the conversations really differ: distinct facts, so a leak would show
    assert len({str(sorted(r[-1].state.facts.items())) for r in results.values()}) >= 12


def _app_converse(url: str, i: int) -> list[dict]:
    from gradio_client import Client

    turns, _, today = conversation(i)
    client = Client(url, verbose=False)
    out = []
    for q in turns:
        chat, cleared, last = client.predict(q, today.isoformat(), api_name="/ask")
        assert cleared == "" and len(chat) == 2 * (len(out) + 1), (i, len(chat))
        assert chat[-2]["role"] == "user"
        out.append(last)
    return out


@pytest.mark.server
@pytest.mark.slow
def test_launched_app_keeps_24_sessions_apart(app, alone) -> None:
    with ThreadPoolExecutor(max_workers=N_CONVERSATIONS) as pool:
        futures = {i: pool.submit(_app_converse, app.url, i) for i in range(N_CONVERSATIONS)}
        results = {i: f.result(timeout=600) for i, f in futures.items()}
    for i, lasts in results.items():
        assert all("notice" not in last for last in lasts), (i, lasts)  # no error, no rate limit
        answers = [Answer.model_validate(last) for last in lasts]
        assert [(a.kind, a.rule_id, a.text) for a in answers] == [
            (a.kind, a.rule_id, a.text) for a in alone[i]
        ], i
        _assert_own_facts(i, answers[-1].state.facts)
        assert answers[-1].state.turns == len(answers)
