"""Every rule case of tests/rules/cases/*.yaml, run by one parametrized test.

Case format (one YAML list per topic file):

- name: "élève en IPT depuis plus de 2 ans qui retourne dans le spécialisé sans changement de type"
  rule: attestation.nouvelle_attestation
  today: 2025-10-01            # reference date (optional, default 2025-10-01)
  facts: {more_than_two_years: true, return_to_special: true, change_of_type: false}
  expect:
    conclusion_contains: ["nouvelle attestation"]   # compared accent- and case-insensitively
    conclusion_excludes: ["pas besoin"]             # optional
    data: {needed: true}                            # optional: subset of RuleResult.data
    locators: ["point 1.5"]                         # each a substring of some citation locator
    quotes_excluded: ["Dans l’enseignement secondaire"]  # optional: in no cited quote
    quotes: ["délai de 2 ans dépassé"]              # each a substring of some cited quote (the settling one)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from assistant.rules import Facts, registry
from assistant.textnorm import fold

CASES_DIR = Path(__file__).parent / "cases"


def _cases() -> list[dict]:
    out: list[dict] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            case["_file"] = path.name
            out.append(case)
    return out


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_rule_case(case: dict) -> None:
    spec = registry()[case["rule"]]
    today = case.get("today", dt.date(2025, 10, 1))
    result = spec.func(Facts.model_validate(case.get("facts") or {}), today)
    expect = case.get("expect") or {}
    conclusion = fold(result.conclusion)
    for needle in expect.get("conclusion_contains", []):
        assert fold(needle) in conclusion, f"{needle!r} not in {result.conclusion!r}"
    for needle in expect.get("conclusion_excludes", []):
        assert fold(needle) not in conclusion, f"{needle!r} unexpectedly in {result.conclusion!r}"
    for key, value in (expect.get("data") or {}).items():
        assert result.data.get(key) == value, f"data[{key!r}] = {result.data.get(key)!r}, expected {value!r}"
    locators = [c.locator for c in result.citations]
    for loc in expect.get("locators", []):
        assert any(loc in got for got in locators), f"{loc!r} not among {locators}"
    quotes = [c.quote for c in result.citations]
    for quote in expect.get("quotes", []):
        assert any(quote in got for got in quotes), f"{quote!r} not among the cited quotes {quotes}"
    cited = [c.quote for c in result.citations]
    for needle in expect.get("quotes_excluded", []):
        assert not any(needle in got for got in cited), f"{needle!r} unexpectedly among {cited}"
    assert result.citations, "a rule result without a citation is a bug"
