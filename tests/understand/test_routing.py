"""Free-text questions routed to the right rule with the right facts; near-misses go to retrieval."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from assistant.rules import registry
from assistant.understand import understand

HERE = Path(__file__).parent
TODAY = dt.date(2025, 10, 1)
ROWS = yaml.safe_load((HERE / "routing.yaml").read_text(encoding="utf-8"))
NEAR_MISSES = yaml.safe_load((HERE / "near_misses.yaml").read_text(encoding="utf-8"))


def _dumped(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_dumped(v) for v in value]
    return value


def test_enough_cases() -> None:
    assert len(ROWS) >= 60 and len(NEAR_MISSES) >= 20


@pytest.mark.parametrize("row", ROWS, ids=[r["q"][:60] for r in ROWS])
def test_routed_to_rule(row: dict) -> None:
    pending = row.get("xfail_until_rule") or row["rule"]
    if pending not in registry():
        pytest.skip(f"rule {pending} not registered yet")
    u = understand(row["q"], None, TODAY)
    assert u.rule_id == row["rule"], f"{u.rule_id} (candidates {u.candidates})"
    got = u.facts.model_dump()
    for key, value in (row.get("facts") or {}).items():
        assert _dumped(got[key]) == value, f"{key}: {got[key]!r} != {value!r} in {u.facts}"


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_near_miss_goes_to_retrieval(question: str) -> None:
    u = understand(question, None, TODAY)
    assert u.rule_id is None, f"routed to {u.rule_id} (candidates {u.candidates})"


@pytest.mark.parametrize(
    ("question", "flemish", "out_of_scope"),
    [
        ("Quel est le rôle du CLB en Flandre ?", True, False),
        ("Comment fonctionne l'enseignement néerlandophone inclusif ?", True, False),
        ("Quel CPMS pour la proposition ?", False, False),
        ("Recette de la tarte aux pommes", False, True),
        ("Quel est le prix d'un abonnement STIB ?", False, True),
        ("Bonjour", False, False),
        ("Que regardent les vérificateurs lors de leur passage ?", False, False),
        ("Faut-il une signature manuscrite sur les annexes ?", False, False),
        ("Que contient la convention avec les partenaires ?", False, False),
        # the texts' acronyms after a determiner are in scope; the preposition "par" is not a cue
        ("Qui signe le PAR au final ?", False, False),
        ("d'ou sortent les chiffres des PAR, ils sont verifies ?", False, False),
        ("On les range un par un, par ordre alphabétique ?", False, True),
    ],
)
def test_scope_flags(question: str, flemish: bool, out_of_scope: bool) -> None:
    u = understand(question, None, TODAY)
    assert (u.flemish, u.out_of_scope) == (flemish, out_of_scope)
