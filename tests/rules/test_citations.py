"""No rule without its source: every citation of every rule, on every case, is verbatim corpus text."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.ingest import quote_in_corpus
from assistant.rules import Facts, registry
from assistant.rules.params import parameters

from .test_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_citations_are_verbatim(case: dict) -> None:
    spec = registry()[case["rule"]]
    result = spec.func(Facts.model_validate(case.get("facts") or {}), case.get("today", dt.date(2025, 10, 1)))
    for citation in result.citations:
        assert quote_in_corpus(citation.quote, citation.source_id), (citation.locator, citation.quote)


def _references(node, path=""):
    if isinstance(node, dict):
        if "quote" in node and "source_id" in node:
            yield path, node
        for key, value in node.items():
            yield from _references(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _references(value, f"{path}[{i}]")


REFS = list(_references(parameters()))


@pytest.mark.parametrize("ref", REFS, ids=[p for p, _ in REFS])
def test_parameter_references_are_verbatim(ref) -> None:
    _, node = ref
    assert quote_in_corpus(node["quote"], node["source_id"]), node
