"""Failure types: each missed item is counted under the kind of failure it is."""

from __future__ import annotations

import pytest

from assistant.evaluation.failure_types import (
    answer_type,
    citation_type,
    failure_counts,
    failure_types_table,
)
from assistant.evaluation.scoring import ItemScore


def score(**kw) -> ItemScore:
    base = dict(
        id="x-1",
        category="cpms",
        split="test",
        question="q",
        facts=["a"],
        answer="texte",
        kind="retrieval",
        rule_id=None,
        correct=False,
        behaviour="answer",
        citation=None,
        rank=None,
        ranked=True,
    )
    base.update(kw)
    return ItemScore(**base)


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        (dict(correct=True), None),
        (dict(behaviour="abstain", kind="retrieval"), "missed_abstention"),
        (dict(behaviour="abstain", kind="abstain", wrong=["x"]), "wrong_fact"),
        (dict(kind="abstain"), "false_abstention"),
        (dict(kind="clarify"), "false_clarify"),
        (dict(wrong=["x"], missing=["a"]), "wrong_fact"),
        (dict(missing=["a"], kind="rule", rule_id="means.periods_points"), "missing_fact_rule"),
        (dict(missing=["a"], rank=2), "missing_fact_found"),
        (dict(missing=["a"], rank=None), "missing_fact_not_found"),
        (dict(behaviour="clarify", kind="rule"), "other"),
    ],
)
def test_answer_failure_type(kw: dict, expected: str | None) -> None:
    assert answer_type(score(**kw)) == expected


def test_citation_failure_type_only_for_a_judged_miss() -> None:
    assert citation_type(score(citation=None)) is None
    assert citation_type(score(citation=True)) is None
    assert citation_type(score(citation=False, rule_id="cpms.which")) == "citation_rule"
    assert citation_type(score(citation=False, rank=1)) == "citation_found"
    assert citation_type(score(citation=False, rank=None)) == "citation_not_found"


def test_counts_and_table_count_answer_and_citation_apart() -> None:
    scores = [
        score(correct=True, citation=False, rank=3),  # right answer, citation misses the gold sentence
        score(kind="abstain", citation=False),  # refused: both an answer and a citation failure
        score(correct=True, citation=True),
    ]
    counts = failure_counts(scores)
    assert counts == {"citation_found": 1, "false_abstention": 1, "citation_not_found": 1}
    table = failure_types_table(scores)
    assert "| abstention à tort (question à laquelle les textes répondent) | 1 |" in table
    assert "abstention manquée" not in table
    assert failure_types_table([score(correct=True)]).endswith("| aucun | 0 |")
