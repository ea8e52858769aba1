"""End-to-end questions on the real index (cases in e2e.yaml): kind, decisive facts, citation, verbatim.

Rows with `known_gap` document a behaviour the system does not have yet: they run as strict xfails, so
they must be un-marked as soon as the system is fixed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from rows import KINDS, as_list, known_gap_params, load_rows, unknown_keys

from assistant.ingest import quote_in_corpus
from assistant.models import QUOTE_MAX_CHARS, Answer
from assistant.textnorm import collapse_ws, fold

E2E_FILE = Path(__file__).with_name("e2e.yaml")
CASES = load_rows(E2E_FILE)
ROW_KEYS = {
    "id",
    "q",
    "today",
    "kind",
    "rule_id",
    "facts",
    "wrong",
    "notes",
    "locator",
    "source",
    "quote",
    "known_gap",
    "quote_gap",
}


def check_citations_verbatim(answer: Answer, label: str) -> None:
    """Every citation quote is at most 500 characters and found verbatim in the cleaned corpus."""
    for c in answer.citations:
        assert len(c.quote) <= QUOTE_MAX_CHARS, f"{label}: quote of {len(c.quote)} chars ({c.locator})"
        assert c.quote.strip(), f"{label}: empty quote ({c.locator})"
        assert quote_in_corpus(c.quote, c.source_id), (
            f"{label}: quote not verbatim in {c.source_id}: {c.quote!r}"
        )


def check_answer(answer: Answer, case: dict[str, Any]) -> None:
    """The assertions of one row: kind, rule, facts, wrong facts, notes, the citation, verbatim quotes."""
    label = case["id"]
    text = fold(answer.text)
    kinds = as_list(case["kind"])
    assert answer.kind in kinds, f"{label}: kind {answer.kind!r} not in {kinds}\n{answer.text}"
    if case.get("rule_id"):
        assert answer.rule_id == case["rule_id"], f"{label}: rule {answer.rule_id!r}\n{answer.text}"
    for pattern in as_list(case.get("facts")):
        assert re.search(pattern, text), f"{label}: fact /{pattern}/ missing from:\n{text}"
    for pattern in as_list(case.get("wrong")):
        assert not re.search(pattern, text), f"{label}: wrong fact /{pattern}/ stated in:\n{text}"
    notes = fold(" | ".join(answer.notes))
    for pattern in as_list(case.get("notes")):
        assert re.search(pattern, notes), f"{label}: note /{pattern}/ missing from: {notes}"
    if case.get("locator"):
        wanted = as_list(case["locator"])
        found = [(c.source_id, c.locator) for c in answer.citations]
        assert any(
            c.source_id == case["source"] and any(w in c.locator for w in wanted) for c in answer.citations
        ), f"{label}: no citation of {case['source']} at {wanted}; got {found}"
    if case.get("quote"):
        quotes = [collapse_ws(c.quote) for c in answer.citations if c.source_id == case["source"]]
        assert any(collapse_ws(case["quote"]) in q for q in quotes), (
            f"{label}: no quote holds {case['quote']!r}"
        )
    check_citations_verbatim(answer, label)


def test_the_set_is_large_and_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(CASES) >= 60
    assert len(ids) == len(set(ids)), "duplicate ids"
    for case in CASES:
        assert not unknown_keys(case, ROW_KEYS), (case["id"], unknown_keys(case, ROW_KEYS))
        assert set(as_list(case["kind"])) <= KINDS, case["id"]
        assert case.get("facts"), f"{case['id']}: no decisive fact"
        assert case.get("locator") and case.get("source"), f"{case['id']}: no expected citation"
        for pattern in as_list(case.get("facts")) + as_list(case.get("wrong")) + as_list(case.get("notes")):
            re.compile(pattern)
            assert pattern == fold(pattern), f"{case['id']}: write /{pattern}/ folded"
        if case.get("today") is not None:
            assert isinstance(case["today"], dt.date), case["id"]


@pytest.mark.parametrize("case", known_gap_params(CASES))
def test_e2e_question(assistant, case: dict[str, Any]) -> None:
    answer = assistant.ask(case["q"], today=case.get("today"))
    check_answer(answer, case)
