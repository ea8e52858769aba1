"""Which CPMS, in what role, at each stage of an IPT (parameters.yaml `cpms.roles`).

Rule `cpms.role` (facts: stage, optional cpms_side, level for the PIA) and `cpms_role_table()` for
the UI. The table is point 1.6 of the circular (two tables flattened into short lines), cross-checked
with points 1.3.1, 1.3.2, 1.5, question 14 of point 5 and the Pacte report's Q&A.

Epilogue: what the texts leave implicit
- In the flattened second table of point 1.6, "Evaluation de l'IPT   Avis facultatif non
  contraignant" sits where the ordinary school's column is (like "Arrêt de l'IPT   Peut demander…",
  which point 1.5 gives to the ordinary school's CPMS); the Pacte report also gives the CPMS that
  follows the pupil a consultative opinion. We attribute it to the ordinary school's CPMS.
- The rows "Protocole d'IPT" and "Prolongation de l'IPT" of that table are empty: for the protocol we
  use the first table (art. 136, the special school's CPMS opinion); for the prolongation, the
  Pacte report (no systematic opinion; may attend if the protocol says so; may give one d'initiative).
- The PIA and bilan rows give a centre ("CPMS de l'ordinaire") and an article but no verb; we say the
  centre "intervient" in those class councils and in the bilan.
- "CPMS de l'ordinaire" also covers a mixed centre ("CPMS ordinaire ou mixte", point 1.6).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.models import Citation, RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import school_year_of
from assistant.rules.cite import cite
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.polarity import is_negative, lead
from assistant.textnorm import fold

SIDE_LABEL = {
    "specialise": "le CPMS de l'école d'enseignement spécialisé",
    "ordinaire": "le CPMS de l'école d'enseignement ordinaire",
}

# Words the understanding layer may produce for a stage -> the table's stage.
STAGE_ALIASES: dict[str, str] = {
    "proposition": "proposition",
    "projet": "projet",
    "protocole": "protocole",
    "pia": "pia",
    "bilan": "bilan",
    "evaluation": "evaluation",
    "prolongation": "prolongation",
    "arret": "arret",
    "fin": "arret",
    "demande_arret": "arret",
    "attestation": "attestation",
    "nouvelle_attestation": "attestation",
    "changement_type": "attestation",
    "retour": "retour",
    "retour_specialise": "retour",
}


def cpms_role_table() -> list[dict[str, Any]]:
    """One row per stage: {stage, label, article, specialise, ordinaire, note, source, locator}."""
    rows = []
    for row in param("cpms.roles"):
        ref = row["references"][0]
        rows.append(
            {
                "stage": row["stage"],
                "label": row["label"],
                "article": row["article"],
                "specialise": row["specialise"],
                "ordinaire": row["ordinaire"],
                "note": row.get("note"),
                "source": ref["source_id"],
                "locator": ref["locator"],
            }
        )
    return rows


def _row(stage: str) -> dict[str, Any] | None:
    return next((r for r in param("cpms.roles") if r["stage"] == stage), None)


def _article(row: dict[str, Any], level: str | None) -> str | None:
    if row["stage"] == "pia" and level:
        return "32" if level in ("maternel", "primaire") else "80"
    return row["article"]


def _art_text(article: str | None) -> str:
    if not article:
        return "la circulaire ne cite pas d'article du décret du 3 mars 2004 pour cette étape"
    return f"art. {article} du décret du 3 mars 2004"


def _conclusion(row: dict[str, Any], side: str | None, article: str | None) -> tuple[str, list[str]]:
    spec, ordi = row["specialise"], row["ordinaire"]
    acting = [s for s, role in (("specialise", spec), ("ordinaire", ordi)) if role]
    head = f"Pour {row['label']}"
    if side and side not in acting:
        other = acting[0]
        text = (
            f"{head}, {SIDE_LABEL[side]} n'a pas de rôle prévu : c'est {SIDE_LABEL[other]} qui "
            f"intervient ({_art_text(article)}) : {row[other]}."
        )
        return text, acting
    if side or len(acting) == 1:
        who = side or acting[0]
        return f"{head}, c'est {SIDE_LABEL[who]} ({_art_text(article)}) : {row[who]}.", [who]
    text = (
        f"{head}, les deux CPMS interviennent ({_art_text(article)}) : {SIDE_LABEL['specialise']} "
        f"{spec} ; {SIDE_LABEL['ordinaire']} {ordi}."
    )
    return text, acting


# The words of a role that speak of the act a closed question asks about (Facts.cpms_act).
_ACT_WORDS = {
    "signature": r"\bsign\w*",
    "avis": r"\bavis\b",
    "initiative": r"\binitiative\b|\borigine de la proposition\b",
    "contrainte": r"\bcontraignan\w*|\bveto\b",
}
# a role part that says the opinion does not bind ("avis … non contraignant", "sans droit de veto")
_NOT_BINDING = re.compile(r"\b(?:non|pas|n'etant pas) contraignan|\bsans droit de veto\b")


def _answer(facts: Facts, row: dict[str, Any], side: str, acting: list[str]) -> bool | None:
    """A closed question on one CPMS: does it do what is asked? Yes when it acts at this stage and the
    part of its role about the asked act (signing, an opinion, the initiative) is not a denial; for an
    obligation ("suis-je obligé de donner un avis ?"), when that part says it is mandatory."""
    if side not in acting:
        return False
    if not facts.cpms_act:
        return not is_negative(row[side] or "")
    text = f"{row[side] or ''}. {row.get('note') or ''}"
    clauses = [c for c in re.split(r"[;.]", text) if re.search(_ACT_WORDS[facts.cpms_act], c)]
    if not clauses:
        return False if facts.cpms_act == "signature" else None
    if facts.cpms_act == "contrainte":
        return not any(_NOT_BINDING.search(fold(c)) for c in clauses)
    if any(is_negative(c) for c in clauses):
        return False
    if facts.focus == "obligation":
        return any(re.search(r"\boblig\w*|\bdoit\b", c) for c in clauses)
    return True


def _cited(row: dict[str, Any], facts: Facts) -> list[Citation]:
    """The row's citations for this case: the references without `only` (what every answer of the row
    states), then those whose `only` names the asked act, the CPMS side or a CPMS opponent, else the
    `default` ones."""
    asked = {f"act:{facts.cpms_act}", f"side:{facts.cpms_side}", f"opponent:{facts.opponent}"}
    chosen = [r for r in row["references"] if asked & set(r.get("only", ()))]
    if not chosen:
        chosen = [r for r in row["references"] if "default" in r.get("only", ())]
    return [_ref_cite(r) for r in row["references"] if "only" not in r or r in chosen]


def _ref_cite(ref: dict[str, Any]) -> Citation:
    return cite(ref["source_id"], ref["locator"], ref["quote"])


def _summary(facts: Facts, today: dt.date) -> RuleResult:
    rows = param("cpms.roles")
    steps = [
        f"{r['label'][0].upper()}{r['label'][1:]} : "
        + " ; ".join(f"{SIDE_LABEL[s]} {r[s]}" for s in ("specialise", "ordinaire") if r[s])
        for r in rows
    ]
    return RuleResult(
        rule_id="cpms.role",
        conclusion=(
            "Le CPMS de l'école d'enseignement spécialisé intervient au début (proposition, projet, "
            "protocole) ; le CPMS de l'école d'enseignement ordinaire intervient pendant l'IPT (projet, "
            "PIA, bilan, évaluation, arrêt) et rédige la nouvelle attestation d'orientation au retour "
            "dans le spécialisé. Précisez l'étape pour le détail."
        ),
        steps=steps,
        citations=[_ref_cite(r["references"][0]) for r in rows],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=school_year_of(today),
        data={
            "missing": ["stage"],
            "clarify": "À quelle étape de l'IPT (proposition, projet, protocole, arrêt, retour…) ?",
            "table": cpms_role_table(),
        },
    )


@rule(
    "cpms.role",
    topic="cpms",
    title="Quel CPMS intervient, et avec quel rôle, à cette étape de l'IPT ?",
    triggers=(
        r"\b(quel|quels|lequel|quel est le role du|role du|roles? des?)\b.*\bcpms\b",
        r"\bcpms\b.*\b(role|intervient|competent|signe|avis|initiative|assiste|doit|peut)\b",
        r"\bcpms\b.*\b(specialise|ordinaire)\b.*\b(ou|quel)\b",
    ),
    decisive=("stage", "cpms_side", "level"),
    examples=(
        "Quel CPMS intervient pour la proposition d'IPT ?",
        "Le CPMS doit-il signer le projet d'IPT ?",
        "Le CPMS de l'école ordinaire peut-il demander l'arrêt de l'IPT ?",
        "Quel est le rôle du PMS du spécialisé dans le protocole ?",
        "Quel CPMS pour le PIA quand l'élève passe en secondaire ?",
    ),
)
def role(facts: Facts, today: dt.date) -> RuleResult:
    stage = STAGE_ALIASES.get((facts.stage or "").lower())
    row = _row(stage) if stage else None
    if row is None:
        return _summary(facts, today)
    article = _article(row, facts.level)
    conclusion, acting = _conclusion(row, facts.cpms_side, article)
    if facts.cpms_side or len(acting) == 1:
        side = facts.cpms_side or acting[0]
        conclusion = lead(facts, _answer(facts, row, side, acting), conclusion)
    elif facts.cpms_act:
        # no CPMS named, both act at this stage: a closed question on an act gets its yes / no
        # only when the answer is the same for both ("le CPMS doit-il signer le projet ?")
        answers = {_answer(facts, row, s, acting) for s in acting}
        conclusion = lead(facts, answers.pop() if len(answers) == 1 else None, conclusion)
    if row.get("note"):
        conclusion += " " + row["note"]
    steps = [f"Étape : {row['label']} ({_art_text(article)})."]
    steps += [f"{SIDE_LABEL[s]} : {row[s] or 'aucun rôle prévu'}." for s in ("specialise", "ordinaire")]
    notes = []
    if row["stage"] == "evaluation":
        notes.append(
            "Tableau du point 1.6 aplati : l'avis facultatif est lu dans la colonne du CPMS de l'ordinaire."
        )
    data: dict[str, Any] = {
        "stage": row["stage"],
        "cpms": acting,
        "roles": {"specialise": row["specialise"], "ordinaire": row["ordinaire"]},
        "article": article,
    }
    if row["stage"] == "projet":
        data["signs_projet"] = False
    return RuleResult(
        rule_id="cpms.role",
        conclusion=conclusion,
        steps=steps,
        citations=_cited(row, facts),
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=notes,
        school_year=school_year_of(today),
        data=data,
    )
