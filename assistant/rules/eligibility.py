"""Eligibility and start of an IPT (parameters.yaml `eligibility`).

Rules: `eligibility.conditions` (the double cumulative condition of 15 October; sign-language
immersion; a type not listed at the pupil's level), here; `eligibility.types` (types per level,
art. 131) in eligibility_types.py; `eligibility.procedure` (proposition -> projet -> protocole; who
may propose; whose unfavourable opinion blocks) and `eligibility.start` in eligibility_start.py.
Helpers shared by these modules are in eligibility_shared.py.

Epilogue: what the texts leave implicit
- "Depuis au moins le 15 octobre": a pupil enrolled on 15 October itself meets it; one enrolled on
  16 October waits one more year. Regular attendance must also hold; an enrolment date alone cannot
  show it, so answers built from a date say "s'il la fréquente régulièrement".
- Types: only art. 131 (as replaced by the 2009 decree) lists the types per level; the 2025-2026
  circular does not repeat or contradict the list (it names types 4, 6, 7 in the 3rd degree for
  the means and type 7 for sign-language immersion). We answer from art. 131 and say later
  amendments of the decree of 3 March 2004 are not in the corpus.
- Start: the circular gives "le 1er jour de l'année scolaire" but no date; we compute the rentrée
  as the last Monday of August (calendar.py) and say the date is computed. A protocol signed during
  a school year starts the IPT on the signature date if the IPT is meant for that year; if it is
  meant for the next year, at the next rentrée: without the IPT's school year, both are given.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from assistant.models import Citation, RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import (
    MONTH_NAMES,
    format_school_year,
    fr_date,
    next_school_year,
    parse_school_year,
    school_year_of,
)
from assistant.rules.cite import cite, param_cite
from assistant.rules.eligibility_shared import (
    IS,
    TYPES_ARTICLE,
    TYPES_ARTICLE_NUMBER,
    quote,
    result,
    types_text,
)
from assistant.rules.facts import Facts
from assistant.rules.params import param


def reference_15_october(ipt_school_year: str) -> dt.date:
    """15 October of the school year before the IPT's school year."""
    return dt.date(parse_school_year(ipt_school_year) - 1, 10, 15)


def earliest_ipt_year(enrolled: dt.date) -> str:
    """First school year an IPT can start for a pupil enrolled in special education on `enrolled`."""
    ref_year = enrolled.year if enrolled <= dt.date(enrolled.year, 10, 15) else enrolled.year + 1
    return format_school_year(ref_year + 1)


@rule(
    "eligibility.conditions",
    topic="eligibility",
    title="L'élève remplit-il les conditions pour bénéficier d'une IPT ?",
    triggers=(
        r"\b15 octobre\b",
        r"\b(conditions?|eligible|peut[- ]il beneficier|qui peut beneficier|acces)\b.*\bipt\b",
        r"\bipt\b.*\b(conditions?|eligible|beneficier)\b",
        r"\blangue des signes\b",
        r"\b(inscrit|frequente)\w*\b.*\bdepuis\b.*\b(ipt|integration)\b",
        r"\bdepuis\b.*\b(inscrit|frequente)\w*\b.*\b(ipt|integration)\b",
        # a pupil's enrolment in special education, then an IPT asked for ("arrivée dans notre école
        # spécialisée le 3/10 … pourra-t-elle partir en IPT à la rentrée ?"), an aside's "?" included
        # ("inscrite le 16 octobre, un jour trop tard ? Peut-elle partir en IPT ?")
        r"\b(inscrit\w*|arrivee?s?|entree?s?)\b[^.?!;]{0,40}\bspeciali\w*\b.{0,160}\b(ipt|integration)\b",
    ),
    decisive=("attends_special_since_15_october", "event_date", "school_year", "sign_language_immersion"),
    examples=(
        "Quelles sont les conditions pour qu'un élève puisse bénéficier d'une IPT ?",
        "Un élève inscrit dans le spécialisé depuis le 3 novembre peut-il être en IPT à la rentrée ?",
        "Un élève en immersion en langue des signes peut-il bénéficier d'une IPT ?",
    ),
)
def conditions(facts: Facts, today: dt.date) -> RuleResult:
    target = facts.school_year or next_school_year(school_year_of(today))
    ref = reference_15_october(target)
    cits = [
        param_cite("eligibility.date_reference"),
        quote("double_condition"),
        quote("eleves_concernes"),
    ]
    data: dict[str, Any] = {
        "ipt_school_year": target,
        "reference_date": ref.isoformat(),
        "case": "specialise",
    }
    if facts.sign_language_immersion:
        # « … immersion en langue des signes en classe bilingue français-langue des signes au 15 octobre précédant le début de l'IPT »
        text = (
            f"Oui, si l'élève est régulièrement inscrit au {fr_date(ref)} (15 octobre précédant l'IPT) dans une "
            "école d'enseignement ordinaire organisant l'immersion en langue des signes (classe bilingue "
            "français-langue des signes) ; l'accompagnement est alors assuré par un membre du personnel de "
            "l'école spécialisée de type 7 chargé de l'immersion ou par l'équipe du pôle territorial."
        )
        data.update(case="langue_des_signes", eligible=None)
        return result(
            "eligibility.conditions",
            facts,
            today,
            text,
            citations=[quote("langue_des_signes"), quote("langue_des_signes_accompagnement")],
            data=data,
            school_year=target,
        )
    excluded = _type_excluded(facts, today, target, data)
    if excluded is not None:
        return excluded
    enrolled, since = _enrolment(facts, today, ref)
    if enrolled is not None:
        earliest = earliest_ipt_year(enrolled)
        ok = parse_school_year(target) >= parse_school_year(earliest)
        if ok and facts.attends_regularly is False:
            # « Il s'agit d'une double condition cumulative » : inscrit ET fréquentant régulièrement
            return _not_attending(facts, today, target, ref, cits, data)
        data.update(eligible=ok, earliest_school_year=earliest, enrolled=enrolled.isoformat())
        met = "remplit" if ok else "ne remplit pas"
        text = (
            f"{'Oui' if ok else 'Non'} pour une IPT en {target} : inscrit dans le spécialisé depuis "
            f"{since}, l'élève {met} la condition du {fr_date(ref)} (inscrit et fréquentant "
            f"régulièrement l'enseignement spécialisé depuis au moins le 15 octobre de l'année précédente)."
        )
        if not ok:
            text += f" Il pourra au plus tôt commencer une IPT en {earliest}, s'il fréquente régulièrement le spécialisé."
    elif facts.attends_regularly is False:
        return _not_attending(facts, today, target, ref, cits, data)
    elif facts.attends_special_since_15_october is not None:
        ok = facts.attends_special_since_15_october
        data["eligible"] = ok
        text = (
            f"{'Oui' if ok else 'Non'} : la double condition cumulative (être inscrit dans une école "
            "d'enseignement spécialisé ET la fréquenter régulièrement depuis au moins le 15 octobre de "
            f"l'année scolaire précédente, soit le {fr_date(ref)} pour une IPT en {target}) "
            f"{IS[ok]} remplie."
        )
    else:
        data.update(eligible=None, missing=["attends_special_since_15_october"])
        text = (
            "L'élève doit être inscrit dans une école d'enseignement spécialisé ET la fréquenter régulièrement "
            f"depuis au moins le 15 octobre de l'année scolaire précédente (le {fr_date(ref)} pour une IPT en "
            f"{target}) : double condition cumulative. Si c'est le cas, il peut bénéficier d'une IPT ; sinon, "
            "non (sauf immersion en langue des signes dans l'ordinaire au 15 octobre)."
        )
    steps = [f"IPT visée : {target} ; date de référence : {fr_date(ref)}."]
    return result(
        "eligibility.conditions",
        facts,
        today,
        text,
        steps=steps,
        citations=cits,
        data=data,
        school_year=target,
    )


def _enrolment(facts: Facts, today: dt.date, ref: dt.date) -> tuple[dt.date | None, str]:
    """The enrolment date and how to say it: the date given, or a month without its day ("inscrit en
    novembre": in the school year of the condition's 15 October `ref`, the one before the IPT's, and
    already begun) taken at its last day — the whole month lies on the same side of 15 October, except
    October itself, which decides nothing."""
    if facts.event_date is not None:
        return facts.event_date, f"le {fr_date(facts.event_date)}"
    month = facts.enrolled_month
    if month is None or month == 10:
        return None, ""
    first = parse_school_year(school_year_of(ref))
    year = first if month >= 8 else first + 1  # in the school year before the IPT's
    if dt.date(year, month, 1) > (facts.reference_date or today):
        return None, ""  # a month still to come: this year's or last year's? not decided here
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, last_day), f"{MONTH_NAMES[month - 1]} {year}"


def _type_excluded(facts: Facts, today: dt.date, target: str, data: dict[str, Any]) -> RuleResult | None:
    """A case whose pupil's type is not listed at his level (art. 131): not eligible, whatever his dates
    (every condition of the case counts, not only the 15 October one)."""
    table: dict[str, list[int]] = param("eligibility.types.value")
    t, level = facts.pupil_type, facts.level
    if t is None or not level or level not in table or t in table[level]:
        return None
    data.update(eligible=False, case="type", pupil_type=t, level=level)
    # « L'intégration permanente totale concerne les élèves de l'enseignement : … »
    text = (
        f"Non : le type {t} n'est pas concerné par l'IPT dans l'enseignement {level} spécialisé "
        f"({TYPES_ARTICLE} : {types_text(level, table[level])}), quelle que soit la date "
        "d'inscription dans le spécialisé."
    )
    cits = [param_cite("eligibility.types"), cite(**param(f"eligibility.types.levels.{level}"))]
    return result(
        "eligibility.conditions",
        facts,
        today,
        text,
        steps=[f"Niveau : {level} ; type {t} absent de la liste de l'{TYPES_ARTICLE_NUMBER}."],
        citations=cits,
        data=data,
        school_year=target,
    )


def _not_attending(
    facts: Facts, today: dt.date, target: str, ref: dt.date, cits: list[Citation], data: dict[str, Any]
) -> RuleResult:
    """Enrolled in time but not attending regularly: the double cumulative condition is not met."""
    data.update(eligible=False, enrolled=facts.event_date.isoformat() if facts.event_date else None)
    text = (
        f"Non pour une IPT en {target} : la condition est double et cumulative, être inscrit dans une école "
        "d'enseignement spécialisé ET la fréquenter régulièrement depuis au moins le 15 octobre de l'année "
        f"scolaire précédente (le {fr_date(ref)}) ; l'inscription seule ne suffit pas si l'élève ne la "
        "fréquente pas régulièrement."
    )
    return result(
        "eligibility.conditions",
        facts,
        today,
        text,
        steps=[f"IPT visée : {target} ; date de référence : {fr_date(ref)}.", "Fréquentation irrégulière."],
        citations=cits,
        data=data,
        school_year=target,
    )


# The types, procedure and start rules live in their own modules; importing them registers them (in this order).
from assistant.rules import eligibility_types  # noqa: E402, F401

# isort: split
from assistant.rules import eligibility_start  # noqa: E402, F401
