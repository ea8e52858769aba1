"""The types of special education concerned by the IPT, per level (art. 131 of the decree of 3 March 2004).

Rule `eligibility.types` (topic "eligibility"); see the epilogue of rules/eligibility.py for what the
texts leave implicit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import cite, param_cite
from assistant.rules.eligibility_shared import IS, TYPES_ARTICLE, TYPES_ARTICLE_NUMBER, result, types_text
from assistant.rules.facts import Facts
from assistant.rules.params import param


@rule(
    "eligibility.types",
    topic="eligibility",
    title="Quels types d'enseignement spécialisé sont concernés par l'IPT ?",
    triggers=(
        r"\bquels? types?\b.*\b(ipt|integration|concern)",
        # a type's eligibility is asked, not merely a type mentioned ("rapport type 3", "retour en type 3")
        # (in one sentence: "en type 1. Peut-il faire la proposition d'IPT ?" asks about the proposal)
        r"\btype [1-8]\b[^.?!:]{0,40}\b(peut|peuvent|pourr\w*|possible|autorise\w*|admis|concerne\w*|eligible\w*|acceder|beneficier|faire|permet\w*|donne\w* (droit|acces))"
        r"\b[^.?!:]{0,40}\b(ipt|integr\w*)",
        r"\b(ipt|integration)\b.{0,30}\b(possible|autorisee?|ouverte?|accessible|permise?)\b.{0,30}\btype [1-8]\b",
        r"\btype [1-8]\b.{0,60}\b(ipt|integr\w*)\b.{0,20}\b(possible|autorisee?|ouverte?|accessible|permise?|envisageable)\b",
    ),
    decisive=("level", "pupil_type"),
    examples=(
        "Quels types sont concernés par l'IPT en maternel ?",
        "Un élève de type 8 en secondaire peut-il être en IPT ?",
        "L'IPT est-elle possible pour le type 5 ?",
    ),
)
def types(facts: Facts, today: dt.date) -> RuleResult:
    table: dict[str, list[int]] = param("eligibility.types.value")
    levels = [facts.level] if facts.level else list(table)
    cits = [param_cite("eligibility.types")]
    cits += [cite(**param(f"eligibility.types.levels.{lv}")) for lv in levels]
    data: dict[str, Any] = {"types": {lv: table[lv] for lv in levels}}
    t = facts.pupil_type
    if t is not None and facts.level:
        ok = t in table[facts.level]
        data["concerned"] = ok
        # « L'intégration permanente totale concerne les élèves de l'enseignement : … »
        text = (
            f"{'Oui' if ok else 'Non'}, le type {t} {IS[ok]} concerné par l'IPT dans "
            f"l'enseignement {facts.level} spécialisé ({TYPES_ARTICLE} : "
            f"{types_text(facts.level, table[facts.level])})."
        )
        if not ok:
            # a type refused at the asked level: say at which levels art. 131 lists it
            elsewhere = [lv for lv in table if t in table[lv]]
            cits += [cite(**param(f"eligibility.types.levels.{lv}")) for lv in elsewhere]
            text += (
                f" Il l'est en {' et en '.join(elsewhere)} spécialisé."
                if elsewhere
                else " Il ne l'est à aucun niveau."
            )
    elif t is not None:
        where = [lv for lv in table if t in table[lv]]
        data.update(concerned=bool(where), levels=where)
        text = (
            f"Le type {t} est concerné par l'IPT en {', '.join(where)} spécialisé ({TYPES_ARTICLE_NUMBER})."
            if where
            else f"Non, le type {t} n'est concerné par l'IPT à aucun niveau ({TYPES_ARTICLE_NUMBER})."
        )
    else:
        text = (
            f"L'IPT concerne, selon l'{TYPES_ARTICLE} : "
            + " ; ".join(types_text(lv, table[lv]) for lv in levels)
            + "."
        )
        if not facts.level:
            data["missing"] = ["level"]
    notes = [
        f"Liste de l'{TYPES_ARTICLE_NUMBER} tel que remplacé par le décret du 5 février 2009 ; la circulaire 2025-2026 ne la "
        "reprend ni ne la contredit : c'est ce texte qui gouverne dans ce corpus (vérifiez toute modification "
        "ultérieure du décret du 3 mars 2004)."
    ]
    return result("eligibility.types", facts, today, text, citations=cits, data=data, notes=notes)
