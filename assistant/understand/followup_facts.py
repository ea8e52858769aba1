"""Follow-up facts: what a follow-up turn restates of the case it continues (a scale's new total, a
narrower deadline, the IPT's start date, another partner in the opponent's place)."""

from __future__ import annotations

import re
from typing import Any

from assistant.models import ConversationState
from assistant.understand import scope
from assistant.understand.followup_wording import (
    CORRECTION,
    HYPOTHETICAL,
    QUESTION_WORD,
    REFINES_CASE,
    SHORT,
    words,
)
from assistant.understand.normalise import normalise
from assistant.understand.slots.partners import named_partners
from assistant.understand.slots.scales import scale_percent
from assistant.understand.slots.timing import deadline_key

# "et s'il avait eu 24 ?", "et avec 45 ?": one bare number, neither a year, a date nor a count of
# something named
_BARE_NUMBER = re.compile(r"(?<![\d/.,-])(\d{1,3})(?![\d/.,%-]| ?(?:[a-z]|'))")


def carried_scale(state: ConversationState | None, own: dict[str, Any]) -> tuple[int, int] | None:
    """The (items X, total W) of the one scale the last turn computed, when this turn states no scale
    nor score of its own."""
    scales = (state.facts.get("scales") if state else None) or []
    if len(scales) != 1 or {"scales", "scale_score"} & set(own):
        return None
    return int(scales[0][0]), int(scales[0][1])


def bare_scale_score(text: str, state: ConversationState | None, own: dict[str, Any]) -> int | None:
    """After a computation on one scale, the total W of a short turn that names only a number: the
    same scale, another total (never more than the scale's maximum, 3 points per item)."""
    scale = carried_scale(state, own)
    if scale is None or words(text) > SHORT:
        return None
    numbers = _BARE_NUMBER.findall(text)
    if len(numbers) != 1:
        return None
    score = int(numbers[0])
    return score if score <= 3 * scale[0] else None


def restated_percent(text: str, state: ConversationState | None, own: dict[str, Any]) -> float | None:
    """After a computation from a ratio N ("35 % à l'échelle"), the N of a short turn that names only a
    percentage or a bare number ("et s'il avait 65 % ?", "et à 90 ?"): the scale is the conversation's,
    so the turn need not name it again."""
    if not state or state.facts.get("scale_percent") is None or {"scale_percent", "scales"} & set(own):
        return None
    if words(text) > SHORT:
        return None
    found = scale_percent(f"echelle {text}").get("scale_percent")
    if found is None and not re.search(r"%|pour ?cent", text):
        numbers = _BARE_NUMBER.findall(text)
        found = float(numbers[0]) if len(numbers) == 1 and int(numbers[0]) <= 100 else None
    return float(found) if found is not None else None


_VARIANT = re.compile(r"^(et |mais |alors )?avec\b")


def restates_open_question(text: str, state: ConversationState | None, own: dict[str, Any]) -> bool:
    """A short variant of the case with no question of its own ("et s'il avait 65 % ?", "et avec
    85 % ?", "et si l'IPT avait commencé en 2021 ?") after an open question: the same open question
    again, not a closed one (its figure is a fact of the case, not a claim to confirm)."""
    if not state or state.facts.get("yes_no") or "claim" in own or words(text) > SHORT or "," in text:
        return False
    if QUESTION_WORD.search(text):
        return False
    return bool(HYPOTHETICAL.search(text) or REFINES_CASE.search(text) or _VARIANT.search(text))


def domain_carried(state: ConversationState | None) -> bool:
    """Whether the conversation so far is about IPT: then a turn without a domain word of its own ("et
    pour les présences et le registre, on applique quelles règles ?") is asked within it, not off topic
    (the passages found still decide whether the texts answer it)."""
    if not state or not state.last_question:
        return False
    last = normalise(state.last_question)
    return not scope.is_out_of_scope(last, bool(state.facts)) and not scope.is_flemish(last)


def deadline_key_in_context(text: str, state: ConversationState | None, own: dict[str, Any]) -> str | None:
    """A follow-up on a deadline naming no obligation itself ("et après le 30, on peut encore encoder
    de nouveaux élèves ?"): the obligation read from the question it follows and this turn together,
    when that is another, narrower one than the last."""
    last_key = state.facts.get("deadline_key") if state else None
    if not last_key or "deadline_key" in own or not state or not state.last_question:
        return None
    key = deadline_key(f"{normalise(state.last_question)} {text}").get("deadline_key")
    return str(key) if key and key != last_key else None


_EVENT_FACTS = frozenset({"stage", "end_when", "end_reason", "event_month"})


def restated_start(text: str, state: ConversationState | None, own: dict[str, Any]) -> dict[str, Any]:
    """A follow-up that gives a date without naming its event ("non, je voulais dire octobre 2021",
    "et si c'était le 3 mars 2020 ?"), after a case dated only by the IPT's start: the new date is the
    start's (the one date of the case it restates), not a date of another event. Returns the facts
    to set (the start date), or {}."""
    if not state or "event_date" not in own or "ipt_start" in own or set(own) & _EVENT_FACTS:
        return {}
    if "ipt_start" not in state.facts or {"event_date", "event_month"} & set(state.facts):
        return {}
    if not (scope.is_anaphoric(text) or CORRECTION.search(text) or HYPOTHETICAL.search(text)):
        return {}
    return {"ipt_start": own["event_date"]}


def substituted_partner(text: str, state: ConversationState | None, own: dict[str, Any]) -> dict[str, Any]:
    """A follow-up naming one partner and no role for it ("et les parents, eux, ils peuvent ?", "et
    pour le CPMS de l'ordinaire ?") after a question on whether a partner's refusal blocks: the same
    question for that partner, who takes the opponent's place. Returns the facts to set, or {}."""
    before = state.facts.get("opponent") if state else None
    # a role of its own ("et les parents, ils doivent signer le protocole ?") asks another question
    if not before or {"opponent", "proposer", "stage", "cpms_act"} & set(own):
        return {}
    names = named_partners(text)
    return {"opponent": next(iter(names))} if len(names) == 1 and names != {before} else {}
