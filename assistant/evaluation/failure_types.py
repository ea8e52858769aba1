"""What kind of failure each missed item is: counts that say where to work without reading the items.

The test split's failures are reported by id only (see `report.failures_list`); this table adds how
they failed (a missed abstention, a refusal of an answerable question, a wrong or missing fact, a
citation that misses the gold sentence), and whether the gold passage was among the five retrieved.
Each item counts once for its answer (the first type that applies) and, separately, for its citation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from assistant.evaluation.scoring import ItemScore

ANSWER_TYPES = (
    ("missed_abstention", "abstention manquée (réponse donnée hors des textes)"),
    ("false_abstention", "abstention à tort (question à laquelle les textes répondent)"),
    ("false_clarify", "demande de précision à tort"),
    ("wrong_fact", "fait faux dans la conclusion"),
    ("missing_fact_rule", "fait manquant — réponse d'une règle"),
    ("missing_fact_found", "fait manquant — passage de référence dans les 5 premiers"),
    ("missing_fact_not_found", "fait manquant — passage de référence hors des 5 premiers"),
    ("other", "autre (attendu : précision, ou contrôle d'un tour)"),
)
CITATION_TYPES = (
    ("citation_rule", "citation manquée — réponse d'une règle"),
    ("citation_found", "citation manquée — passage de référence dans les 5 premiers"),
    ("citation_not_found", "citation manquée — passage de référence hors des 5 premiers"),
)


def answer_type(s: ItemScore) -> str | None:
    """The kind of answer failure of an item, None when its answer is correct."""
    if s.correct:
        return None
    if s.behaviour == "abstain":
        return "missed_abstention" if s.kind != "abstain" else "wrong_fact"
    if s.behaviour == "answer" and s.kind in ("abstain", "clarify"):
        return "false_abstention" if s.kind == "abstain" else "false_clarify"
    if s.behaviour == "answer" and s.wrong:
        return "wrong_fact"
    if s.behaviour == "answer" and s.missing:
        if s.rule_id:
            return "missing_fact_rule"
        return "missing_fact_found" if s.rank is not None else "missing_fact_not_found"
    return "other"


def citation_type(s: ItemScore) -> str | None:
    """The kind of citation failure of an item, None when its citation is right or not judged."""
    if s.citation is not False:
        return None
    if s.rule_id:
        return "citation_rule"
    return "citation_found" if s.rank is not None else "citation_not_found"


def failure_counts(scores: Sequence[ItemScore]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for s in scores:
        for kind in (answer_type(s), citation_type(s)):
            if kind:
                counts[kind] += 1
    return counts


def failure_types_table(scores: Sequence[ItemScore]) -> str:
    """A Markdown table: each failure type with its count (types with none are left out)."""
    counts = failure_counts(scores)
    rows = ["| type d'échec | n |", "|---|---:|"]
    for key, label in ANSWER_TYPES + CITATION_TYPES:
        if counts[key]:
            rows.append(f"| {label} | {counts[key]} |")
    if len(rows) == 2:
        rows.append("| aucun | 0 |")
    return "\n".join(rows)
