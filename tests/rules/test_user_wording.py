"""What a rule shows a user (conclusion and reasoning steps) names no code identifier: every rule case
is run and its text searched for snake_case names such as "ipt_start" or "level_degree_type"."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.rules import Facts, registry
from assistant.rules.missing_facts import LABELS, missing_step

from .test_cases import CASES

_IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
_EMAIL = re.compile(r"\S+@\S+")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_rule_text_names_no_identifier(case: dict) -> None:
    spec = registry()[case["rule"]]
    result = spec.func(Facts.model_validate(case.get("facts") or {}), case.get("today", dt.date(2025, 10, 1)))
    for text in (result.conclusion, *result.steps):
        words = _EMAIL.sub("", text)  # an address such as integration_specialise@cfwb.be is no identifier
        assert not _IDENTIFIER.search(words), f"identifier shown to the user: {text!r}"


def test_missing_step_reads_french() -> None:
    step = missing_step(["ipt_start", "level_degree_type"])
    assert step.startswith("Faits manquants : date de début de l'IPT, niveau")
    assert "_" not in step
    assert all("_" not in label for label in LABELS.values())
