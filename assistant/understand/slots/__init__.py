"""Slot extraction: the `Facts` a question states, from its normalised form."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.understand.normalise import normalise
from assistant.understand.slots import (
    dates,
    durations,
    ending,
    enrolment,
    means,
    paliers,
    partners,
    procedure,
    question_form,
    scale_practice,
    scales,
    school,
    situation,
    threshold,
    timing,
)

__all__ = ["extract_facts", "facts_of_normalised", "restate_start"]


def facts_of_normalised(text: str, today: dt.date) -> dict[str, Any]:
    """Facts present in an already normalised question (only the facts found)."""
    out: dict[str, Any] = {}
    found = dates.find_dates(text, today)
    out.update(dates.classify(text, found))
    if "ipt_start" not in out and (start := dates.start_from_year(text)):
        out["ipt_start"] = start
    month = dates.bare_month(text, found)
    if month and not any(d.precision == "day" for d in found):
        out["event_month"] = month
    if sy := dates.school_year(text, today):
        out["school_year"] = sy
    for extractor in (
        durations.durations,
        school.level,
        school.followed_by,
        procedure.stage,
        procedure.cpms_side,
        procedure.cpms_act,
        procedure.asks_document,
        partners.proposer,
        situation.yes_no,
        situation.special_school_place,
        situation.specific_cases,
        ending.end_facts,
        ending.end_aspects,
        means.means_kind,
        scales.scales,
        paliers.scale_points,
        scales.scale_percent,
        scales.scale_items,
        scales.scale_score,
        means.pooling,
        means.pupil_count,
        scale_practice.scale_topic,
        paliers.asked_palier,
        timing.support_time,
        question_form.closed_question,
        question_form.focus,
        question_form.claim,
        question_form.recurrence,
        scale_practice.situation_evolved,
        partners.opponent,
        timing.deadline_key,
        threshold.threshold_side,
        enrolment.enrolled_month,
    ):
        for key, value in extractor(text).items():
            out.setdefault(key, value)
    if out.get("claim"):
        out.setdefault("yes_no", True)  # "on m'a dit que …, c'est bien ça ?" is a closed question
    for key, value in school.pupil_type(text).items():
        out[key] = value  # "du type 8 au type 1" is a change of type, whatever else was said
    if "ipt_start" not in out and _NEW_IPT.search(text):
        out["ipt_start"] = out.get("reference_date", today)  # a new IPT starts now (who accompanies it)
    out.update(_time_since_start(out, today))
    return out


# "une nouvelle IPT … accompagner", "démarrer une nouvelle IPT": an IPT that starts now, for the
# question of who accompanies it
_NEW_IPT = re.compile(
    r"\b(nouvelles?|premieres?) (ipt|integrations?)\b(?=.*\b(accompagn\w*|suivr\w*|suivie?s?|prise? en charge)\b)"
    r"|\b(commenc\w*|demarr\w*|debut\w*|lanc\w*|ouvr\w*|accept\w*|entam\w*|mettre en place|prendre en charge)"
    r" (de |des |une |d'|la |les )?(nouvelles?|premieres?) (ipt|integrations?)\b"
)


def restate_start(own: dict[str, Any], start: dt.date, today: dt.date) -> dict[str, Any]:
    """The facts with `start` as the IPT's start instead of an event's date, and the time in IPT
    computed again from it."""
    out = {k: v for k, v in own.items() if k not in ("event_date", "years_in_ipt", "more_than_two_years")}
    out["ipt_start"] = start
    out.update(_time_since_start(out, today))
    return out


def _time_since_start(out: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """'en IPT depuis le 1er septembre 2024 ; en janvier 2026 on envisage son retour': the time in IPT
    from the start date to the event's date (or to the reference date), when no duration was said."""
    start = out.get("ipt_start")
    if not isinstance(start, dt.date) or "years_in_ipt" in out or "more_than_two_years" in out:
        return {}
    event = out.get("event_date")
    end = event if isinstance(event, dt.date) and event > start else out.get("reference_date", today)
    if not isinstance(end, dt.date) or end <= start:
        return {}
    years = round((end - start).days / 365.25, 2)
    return {"years_in_ipt": years, "more_than_two_years": years > 2}


def extract_facts(question: str, today: dt.date | None = None) -> dict[str, Any]:
    """The facts a question states (Facts field name -> value), only those present."""
    try:
        return facts_of_normalised(normalise(question), today or dt.date.today())
    except (ValueError, OverflowError, RecursionError):
        return {}
