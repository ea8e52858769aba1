"""Deadlines: every dated obligation of the texts, as a table (parameters.yaml `deadlines.items`).

Rules: `deadlines.when` (one obligation: date, actor, channel, recipient, days left or past) and
`deadlines.calendar` (the school year's deadlines, for the web app's timeline). `deadline_table(sy)`
gives the UI the same rows; `match_deadline_key(question)` helps the understanding layer pick a key.

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
import re
from typing import Any

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import fr_date, next_school_year, occurrence, school_year_of
from assistant.rules.contacts import POLES, SPECIAL_EDUCATION
from assistant.rules.deadline_table import (
    GROUPS,
    citations_of,
    countdown,
    date_in_year,
    deadline_table,
    item,
    items,
    match_deadline_key,
)
from assistant.rules.deadline_years import year_scope
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead

__all__ = ["deadline_table", "match_deadline_key"]

_SY = re.compile(r"^\d{4}-\d{4}$")


def _currency_notes(it: dict[str, Any], today: dt.date, asked: str | None = None) -> list[str]:
    applies = str(it.get("applies", ""))
    current = school_year_of(today)
    notes = []
    if _SY.match(applies) and asked and asked != applies:
        notes.append(
            f"Échéance fixée pour l'année scolaire {applies} ; vous demandez {asked} : "
            "vérifiez la circulaire de cette année-là."
        )
    elif _SY.match(applies) and applies != current:
        notes.append(
            f"Échéance fixée pour l'année scolaire {applies} ; nous sommes en {current} : "
            "vérifiez la circulaire de l'année en cours."
        )
    if it["reference"]["source_id"] == "infos-pacte-2024":
        notes.append("Rapport « Infos du Pacte » de juin 2024 (réponses de l'administration aux pôles).")
    if it["key"] == "echelles_sensori_30_septembre":
        notes.append(
            "L'arrêté dit « avant le 30 septembre » : encodez au plus tard le 29 septembre pour être sûr."
        )
    return notes


def _when_sentence(it: dict[str, Any], facts: Facts, today: dt.date) -> tuple[str, dict[str, Any]]:
    """The dated part of the answer and the structured data of one obligation."""
    sy = facts.school_year or school_year_of(today)
    event = facts.event_date
    day = date_in_year(it, sy, event)
    data: dict[str, Any] = {"date": None, "days_left": None, "past": None, "school_year": sy}
    if day is None:
        if it["kind"] == "relative":
            example = date_in_year(it, sy, today)
            data["missing"] = ["event_date"]
            data["example_date"] = example.isoformat() if example else None
            return (
                f"Délai : {it['when']} (par exemple, si {it['event']} date d'aujourd'hui : le {fr_date(example)})"
            ), data
        if it["kind"] == "holiday":
            data["missing"] = ["event_date"]
            return f"Date limite : {it['when']} (les textes ne donnent pas les dates des congés)", data
        return f"Date limite : {it['when']} ({sy}, la circulaire ne fixe pas de date précise)", data
    data.update(date=day.isoformat(), days_left=(day - today).days, past=today > day)
    approx = " (environ)" if it.get("approximate") else ""
    text = f"Date limite : le {fr_date(day)}{approx}, {countdown(day, today)}"
    if it["kind"] == "annual":
        text += f" (« {it['when']} », année scolaire {sy})"
    elif it["kind"] == "holiday":
        text += f" (« {it['when']} », si les vacances se terminent le {fr_date(event)})"
    elif it["kind"] == "relative":
        text += f" (« {it['when']} », à partir du {fr_date(event)})"
    if it["kind"] == "annual" and today > day and not facts.school_year:
        nxt = occurrence(next_school_year(sy), it["month"], it["day"])
        data["next_date"] = nxt.isoformat()
        data["next_days_left"] = (nxt - today).days
        text += f" ; prochaine échéance le {fr_date(nxt)} ({countdown(nxt, today)})"
    return text, data


def _in_time(it: dict[str, Any], facts: Facts, data: dict[str, Any], today: dt.date) -> bool | None:
    """The "Oui"/"Non" of a closed question on a dated obligation: a reported date ("on m'a dit le 30
    septembre, c'est bien ça ?", "faut-il … pour le 15 septembre ?") is right when it is the deadline (the
    day before counts: "avant le 30"); an action ("envoyée le 22 septembre", "est-il encore temps ?") is
    in time when done, or still to be done at the reference date, by the deadline."""
    if not facts.yes_no or not data.get("date"):
        return None
    day = dt.date.fromisoformat(data["date"])
    event = facts.event_date if it["kind"] in ("annual", "fixed") else None
    if event is not None and (facts.claim or facts.focus == "obligation"):
        return abs((day - _in_year(event, day.year)).days) <= 1
    return (event or today) <= day


def _in_year(d: dt.date, year: int) -> dt.date:
    """The same day and month in `year` (29 February becomes the 28th in a common year)."""
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


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
        return _group(facts, today)
    it = item(facts.deadline_key) if facts.deadline_key else None
    if it is None:
        return _undated(facts, today) if facts.stage in UNDATED_STAGES else _upcoming(facts, today)
    sentence, data = _when_sentence(it, facts, today)
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
    conclusion = lead(facts, _in_time(it, facts, data, today), conclusion)
    steps = [
        f"Obligation retenue : {it['key']} ({it['reference']['locator']}).",
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
        notes=_currency_notes(it, today, facts.school_year),
        school_year=data["school_year"],
        data=data,
    )


def _group(facts: Facts, today: dt.date) -> RuleResult:
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
        steps=[f"Obligations retenues : {', '.join(it['key'] for it in members)}."],
        citations=[c for it in members for c in citations_of(it)[:1]],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=_currency_notes(first, today),
        school_year=facts.school_year or school_year_of(today),
        data={
            "key": facts.deadline_key,
            "items": [it["key"] for it in members],
            "when": [it["when"] for it in members],
        },
    )


# Steps of an IPT (Facts.stage) for which no text gives a date: a deadline asked for one is not in the texts.
UNDATED_STAGES = {
    "proposition": "la proposition d'IPT (annexe 1)",
    "projet": "le projet d'IPT (annexe 2)",
    "evaluation": "l'évaluation de l'IPT",
    "pia": "le PIA",
    "attestation": "la nouvelle attestation d'orientation",
}


def _undated(facts: Facts, today: dt.date) -> RuleResult:
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


def _upcoming(facts: Facts, today: dt.date) -> RuleResult:
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
