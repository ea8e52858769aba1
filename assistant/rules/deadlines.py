"""Deadlines: every dated obligation of the texts, as a table (parameters.yaml `deadlines.items`).

Rules: `deadlines.when` (one obligation: date, actor, channel, recipient, days left or past) and
`deadlines.calendar` (the school year's deadlines, for the web app's timeline). `deadline_table(sy)`
gives the UI the same rows; `match_deadline_key(question)` helps the understanding layer pick a key.
The table is read in deadline_table.py, the dated sentence of one obligation is built in
deadline_sentences.py, the answers without one dated obligation in deadline_fallbacks.py.

Epilogue: what the texts leave implicit
- The circular's dates are those of 2025-2026; some are printed with the next calendar year ("pour
  le 15 septembre 2026" for the SIEL encoding of 2025-2026, listing "30/09/2026"): taken as written.
- Point 7 says "Excepté dans le cas d'un arrêt d'IPT en cours d'année scolaire, le bilan est à
  envoyer … dans les 30 jours": read with the table "Documents à renvoyer" and point 1.5, the 30-day
  mail concerns precisely the mid-year stop; we follow the table.
- Who sends the listing and the bilan is not written: the circular addresses the special schools
  that accompany IPTs outside the pôles; we say so.
- The 2009 decree's list "au plus tard le 15 septembre" (art. 137) names no channel; the 2025-2026
  circular's own listing (30/09/2026, by mail) is the more recent, specific instruction.
- The arrêté says "avant le 30 septembre", the Pacte report "jusqu'au 30 septembre": we compute
  days to 30 September and advise encoding by the 29th.
- School holidays are not in the texts: holiday-relative dates are computed only from a given last
  day of the holidays; working days skip weekends only (see calendar.py).
- The texts date no step of setting up or following an IPT (proposition, projet, evaluation, PIA,
  new orientation certificate): a deadline asked for one of them is not in the texts (abstention).
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import fr_date, school_year_of
from assistant.rules.contacts import POLES, SPECIAL_EDUCATION
from assistant.rules.deadline_fallbacks import UNDATED_STAGES, group_answer, undated_answer, upcoming_answer
from assistant.rules.deadline_sentences import asks_recurring, currency_notes, in_time, when_sentence
from assistant.rules.deadline_table import (
    GROUPS,
    citations_of,
    deadline_table,
    item,
    items,
    match_deadline_key,
)
from assistant.rules.deadline_years import year_scope
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead

# Re-exported for the understanding layer (match_deadline_key, UNDATED_STAGES) and the web app's timeline.
__all__ = ["UNDATED_STAGES", "deadline_table", "match_deadline_key"]


@rule(
    "deadlines.when",
    topic="deadlines",
    title="Pour quand faut-il remplir cette obligation, qui la remplit, comment et vers qui ?",
    triggers=(
        r"\b(date limite|echeance|delai|deadline|au plus tard|date butoir)\b",
        r"\b(pour|avant|jusqu'a) quand\b",
        r"\bcombien de jours\b.*\b(reste|rest)",
        r"\bquand\b.*\b(envoyer|transmettre|encoder|rentrer|renvoyer|communiquer|listing|bilan)\b",
        r"\b(listing|bilan|siel|echelles?)\b.*\b(quand|date|avant le|pour le)\b",
    ),
    decisive=("deadline_key", "event_date", "school_year"),
    examples=(
        "Pour quand faut-il envoyer le listing des élèves en intégration ?",
        "Il me reste combien de jours pour encoder les échelles sensori-motrices ?",
        "L'arrêt a été décidé le 14/11/2025, pour quand le bilan d'intégration ?",
        "Quelle est la date limite pour la coche IPT dans SIEL ?",
        "Avant quand faut-il transmettre la liste de l'article 137 ?",
    ),
)
def when(facts: Facts, today: dt.date) -> RuleResult:
    if facts.deadline_key in GROUPS:
        return group_answer(facts, today)
    it = item(facts.deadline_key) if facts.deadline_key else None
    if it is None:
        return (
            undated_answer(facts, today) if facts.stage in UNDATED_STAGES else upcoming_answer(facts, today)
        )
    sentence, data = when_sentence(it, facts, today)
    data.update(key=it["key"], what=it["what"], who=it["who"], how=it["how"], to=it["to"])
    scope = year_scope(it, facts.school_year)
    if scope.not_given:  # "en 2018-2019, le listing ?": the texts give only their own year's date
        contact = POLES if "pôle" in it["who"] else SPECIAL_EDUCATION
        sentence = (
            f"{scope.sentence}. Pour cette année-là, adressez-vous à l'Administration ({contact.email})"
        )
        data.update(not_in_texts=True, date=None, days_left=None, past=None)
    elif scope.later:  # "pour 2027-2028 ?": the circular's date, said to be the circular's
        sentence = f"{sentence}. {scope.sentence}"
    late = it.get("late") if data.get("past") else None
    if late:  # the date has passed: what the text still allows after it
        sentence = f"{sentence}. {late['text']}"
    conclusion = f"{sentence}. Objet : {it['what']}. Qui : {it['who']}. Comment : {it['how']}. Destinataire : {it['to']}."
    prefix = f" ({it['when']})" if asks_recurring(it, facts) else ""
    conclusion = lead(facts, in_time(it, facts, data, today), conclusion, prefix)
    steps = [
        f"Obligation retenue : {it['reference']['locator']}.",
        f"Texte : « {it['when']} ».",
    ]
    if data.get("date"):
        steps.append(
            f"Date de référence : {fr_date(today)} ; échéance : {fr_date(dt.date.fromisoformat(data['date']))}."
        )
    if facts.event_date and it["kind"] in ("relative", "holiday"):
        steps.append(
            f"Calculé à partir du {fr_date(facts.event_date)} ({it.get('event', it.get('holiday'))})."
        )
    return RuleResult(
        rule_id="deadlines.when",
        conclusion=conclusion,
        steps=steps,
        citations=citations_of(it) + (citations_of(late) if late else []),
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=currency_notes(it, today, facts.school_year),
        school_year=data["school_year"],
        data=data,
    )


@rule(
    "deadlines.calendar",
    topic="deadlines",
    title="Quelles sont les échéances IPT de l'année scolaire ?",
    triggers=(
        r"\b(calendrier|agenda|ligne du temps|liste|toutes les|quelles sont les)\b.*\b(echeances|dates limites|delais)\b",
        r"\b(echeances|dates limites)\b.*\b(annee|mois|septembre|octobre|novembre|juillet)\b",
    ),
    decisive=("school_year", "event_month"),
    examples=(
        "Quelles sont les échéances IPT de l'année 2025-2026 ?",
        "Calendrier des dates limites pour les IPT",
        "Quelles échéances en septembre ?",
    ),
)
def calendar(facts: Facts, today: dt.date) -> RuleResult:
    sy = facts.school_year or school_year_of(today)
    rows = deadline_table(sy)
    if facts.event_month:
        rows = [r for r in rows if r["date"] and int(r["date"][5:7]) == facts.event_month]
    for r in rows:
        if r["date"]:
            day = dt.date.fromisoformat(r["date"])
            r.update(days_left=(day - today).days, past=today > day)
    dated = [r for r in rows if r["date"]]
    nxt = next((r for r in dated if not r["past"]), None)
    head = f"Échéances IPT de l'année scolaire {sy} : {len(dated)} dates fixées"
    if nxt:
        head += f" ; la prochaine est le {fr_date(dt.date.fromisoformat(nxt['date']))} ({nxt['what']})"
    elif dated:
        head += " ; toutes sont passées à la date de référence"
    steps = [
        f"{fr_date(dt.date.fromisoformat(r['date'])) if r['date'] else r['when']} — {r['what']} "
        f"(qui : {r['who']} ; comment : {r['how']})"
        for r in rows
    ]
    cits = [citations_of(item(r["key"]))[0] for r in rows] or citations_of(items()[0])
    notes = []
    if sy != "2025-2026":
        notes.append(
            "Les dates de la circulaire sont celles de 2025-2026 ; vérifiez la circulaire de l'année en cours."
        )
    return RuleResult(
        rule_id="deadlines.calendar",
        conclusion=head + ".",
        steps=steps,
        citations=cits,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=notes,
        school_year=sy,
        data={"school_year": sy, "items": rows},
    )
