"""The CPMS role table: every stage answered, the named centre is one that has a role."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.rules import Facts
from assistant.rules.cpms import SIDE_LABEL, STAGE_ALIASES, cpms_role_table, role
from assistant.textnorm import fold

STAGES = [row["stage"] for row in cpms_role_table()]


def test_table_covers_every_stage_of_the_brief() -> None:
    assert set(STAGES) == {
        "proposition", "projet", "protocole", "pia", "bilan", "evaluation",
        "prolongation", "arret", "attestation", "retour",
    }  # fmt: skip
    assert set(STAGE_ALIASES.values()) == set(STAGES)
    assert all(row["specialise"] or row["ordinaire"] for row in cpms_role_table())


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("side", [None, "specialise", "ordinaire"])
def test_conclusion_names_a_centre_with_a_role(stage: str, side: str | None) -> None:
    result = role(Facts(stage=stage, cpms_side=side), dt.date(2025, 10, 1))
    row = next(r for r in cpms_role_table() if r["stage"] == stage)
    first = fold(result.conclusion)
    for centre in result.data["cpms"]:
        assert row[centre]
        assert fold(SIDE_LABEL[centre]) in first
