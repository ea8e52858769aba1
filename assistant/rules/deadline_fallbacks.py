"""The answers of `deadlines.when` when no single dated obligation is asked for: a key naming several
obligations (the later sensori-motor encodings), a step of an IPT the texts do not date (an abstention
with whom to ask), or no obligation named (the next dated deadlines).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.models import Citation, RuleResult
from assistant.rules.calendar import fr_date, next_school_year, school_year_of
from assistant.rules.cite import reference_cite
from assistant.rules.contacts import POLES, SPECIAL_EDUCATION
from assistant.rules.deadline_sentences import currency_notes
from assistant.rules.deadline_table import GROUPS, citations_of, deadline_table, item, items
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead

# Steps of an IPT (Facts.stage) for which no text gives a date: a deadline asked for one is not in the texts.
UNDATED_STAGES = {
    "proposition": "la proposition d'IPT (annexe 1)",
    "projet": "le projet d'IPT (annexe 2)",
    "evaluation": "l'évaluation de l'IPT",
    "pia": "le PIA",
    "attestation": "la nouvelle attestation d'orientation",
}


def undated_answer(facts: Facts, today: dt.date) -> RuleResult:
    """A deadline asked for a step the texts do not date: say so, and whom to ask (an abstention)."""
    what = UNDATED_STAGES[str(facts.stage)]
    contacts = [SPECIAL_EDUCATION, POLES]
    who = " ; ".join(f"{c.service} ({c.scope}) : {c.email}" for c in contacts)
    return RuleResult(
        rule_id="deadlines.when",
        conclusion=f"Les textes ne fixent pas de date limite pour {what}. Pour une réponse officielle, contactez {who}.",
        steps=[f"Aucune échéance des textes ne porte sur {what}."],
        citations=[c.citation for c in contacts],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=facts.school_year or school_year_of(today),
        data={"not_in_texts": True, "missing": ["deadline_key"]},
    )


# a group's sentences, said of the obligation it follows (its `late` node): "Le pouvoir organisateur … peut
# communiquer le nombre total de nouveaux élèves …" and the whole list of dates, rather than one line per date
GROUP_OF = {"echelles_sensori_complements": "echelles_sensori_30_septembre"}


def _group_cites(members: list[dict[str, Any]]) -> list[Citation]:
    keys = {it["key"] for it in members}
    group = next((g for g, ks in GROUPS.items() if set(ks) == keys), None)
    late = (item(GROUP_OF[group]) or {}).get("late") if group in GROUP_OF else None
    if late and late.get("also"):
        return [reference_cite(r) for r in late["also"]]
    return [c for it in members for c in citations_of(it)[:1]]


def group_answer(facts: Facts, today: dt.date) -> RuleResult:
    """A key naming several obligations (the later sensori-motor encodings): every date, in order."""
    members = [it for key in GROUPS[str(facts.deadline_key)] if (it := item(key))]
    first = members[0]
    dates = " ; ".join(it["when"] for it in members)
    conclusion = (
        f"Après l'échéance du 30 septembre, de nouveaux élèves peuvent encore être communiqués ({first['how']}) "
        f"{len(members)} fois dans l'année : {dates}. Objet : {first['what']}. Qui : {first['who']}. "
        "Les textes ne donnent pas les dates des congés : la date exacte dépend du calendrier scolaire."
    )
    conclusion = lead(facts, True, conclusion)
    return RuleResult(
        rule_id="deadlines.when",
        conclusion=conclusion,
        steps=[
            f"Obligations retenues : {', '.join(dict.fromkeys(it['reference']['locator'] for it in members))}."
        ],
        citations=_group_cites(members),
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=currency_notes(first, today),
        school_year=facts.school_year or school_year_of(today),
        data={
            "key": facts.deadline_key,
            "items": [it["key"] for it in members],
            "when": [it["when"] for it in members],
        },
    )


def upcoming_answer(facts: Facts, today: dt.date) -> RuleResult:
    """No obligation named: the next dated deadlines from the reference date (conditional answer)."""
    sy = facts.school_year or school_year_of(today)
    rows = [r for r in deadline_table(sy) + deadline_table(next_school_year(sy)) if r["date"]]
    first: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: r["date"]):
        if r["date"] >= today.isoformat():
            first.setdefault(r["key"], r)
    future = sorted(first.values(), key=lambda r: r["date"])
    shown = future[:3]
    listing = " ; ".join(f"{fr_date(dt.date.fromisoformat(r['date']))} : {r['what']}" for r in shown)
    conclusion = (
        f"Prochaines échéances à partir du {fr_date(today)} : {listing}."
        if shown
        else f"Aucune échéance datée après le {fr_date(today)} dans les textes."
    )
    cits = [citations_of(item(r["key"]))[0] for r in shown] or citations_of(items()[0])
    return RuleResult(
        rule_id="deadlines.when",
        conclusion=conclusion,
        steps=["Aucune obligation précise n'est nommée : voici les prochaines échéances datées."],
        citations=cits,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=sy,
        data={
            "missing": ["deadline_key"],
            "clarify": "De quelle échéance parlez-vous (listing, bilan, SIEL, échelles sensori-motrices…) ?",
            "upcoming": shown,
        },
    )
