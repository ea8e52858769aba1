"""Follow-up resolution: does this turn continue the last rule question, and with which facts?

- A turn with an anaphoric or elliptic form ("et pour le secondaire ?", "et si…", "dans ce cas",
  "cet élève…", "qui la rédige ?"), or a short turn made mostly of facts ("type 8, en primaire"),
  reuses the state's last intent, unless it names another rule strongly (score >= STRONG).
- A general question (an explanation, advice) without facts, or a long turn with neither facts nor
  intent, is a new question even when it starts with "et".
- A turn that clearly asks another rule's question, without follow-up wording, starts fresh.
- After a turn answered from the texts (no rule), an anaphoric or elliptic turn is still a follow-up:
  it is searched together with the question it follows.
- Facts: the new turn's facts override, the rest carries over (only for follow-ups).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from assistant.models import ConversationState
from assistant.rules import registry
from assistant.understand import intent, scope
from assistant.understand.followup_wording import (
    CHALLENGE,
    CORRECTION,
    HYPOTHETICAL,
    LONG,
    QUESTION_WORD,
    REFINES_CASE,
    SHORT_TEXT,
    asks_basis,
    bare_question,
    elliptic,
    keeps_form,
    refers_back,
    words,
)
from assistant.understand.normalise import normalise
from assistant.understand.slots.partners import named_partners

FORM_FACTS = frozenset(
    {"yes_no", "focus", "claim", "asks_block", "end_aspects", "asks_document"}
)  # facts about the question's form: never carried, never a follow-up's content

# the rules that read a side of their threshold (threshold_side) in place of the case's date; after any
# other rule, "et si c'est après ?" / "et avant ?" keeps the carried date (a deadline, an enrolment)
SIDE_READERS = frozenset({"means.restitution"})


@dataclass(frozen=True)
class Decision:
    rule_id: str | None
    score: float
    is_followup: bool
    keeps_form: bool = False  # "et l'année prochaine ?" after a yes/no question is a yes/no question
    drops: frozenset[str] = frozenset()  # carried facts that belonged to the last question only

    def merged(self, state: ConversationState | None, own: dict[str, Any]) -> dict[str, Any]:
        if not (self.is_followup and state):
            return dict(own)
        carried = {k: v for k, v in state.facts.items() if k not in own and k not in FORM_FACTS | self.drops}
        if self.keeps_form and (state.facts.get("yes_no") or state.facts.get("asks_block")):
            # the previous question asked again: its form ("peut-il bloquer… ?") with it
            form = ("yes_no", "focus", "asks_block")
            carried.update({k: state.facts[k] for k in form if k in state.facts and k not in own})
        if "years_in_ipt" in own and "more_than_two_years" not in own:
            carried.pop("more_than_two_years", None)
        if "more_than_two_years" in own and "years_in_ipt" not in own:
            carried.pop("years_in_ipt", None)
        if ("event_date" in own or "event_month" in own) and "event_date" not in own:
            carried.pop("event_date", None)  # "et si l'arrêt a lieu en novembre ?" replaces the date
        if "event_date" in own:
            carried.pop("event_month", None)
        if "threshold_side" in own and state.last_intent in SIDE_READERS:
            # "et si c'est après ?": a side of the threshold replaces the date, for a rule that reads it
            for key in ("event_date", "event_month", "threshold_day"):
                carried.pop(key, None)
        if "event_date" in own or "event_month" in own:  # a date said again replaces a side
            carried.pop("threshold_side", None)
            carried.pop("threshold_day", None)
            if "enrolled_month" not in own:
                carried.pop("enrolled_month", None)
        if "scale_score" in own and "scales" not in own and len(carried.get("scales") or []) == 1:
            # "et si le total est de 31 ?": the one carried scale keeps its items, takes the new score
            carried["scales"] = [(carried["scales"][0][0], own["scale_score"])]
        if own.get("end_when") == "fin_annee":  # "et si l'arrêt est pour la fin de l'année ?"
            carried.pop("event_date", None)
            carried.pop("event_month", None)
        return {**carried, **own}


_DATE_FACTS = frozenset({"event_date", "event_month", "end_when", "threshold_side", "threshold_day"})


def _only_new_dates(own: dict[str, Any], state: ConversationState | None) -> bool:
    """Whether the turn changes only the case's date ("et si l'arrêt avait lieu début novembre ?"):
    the same question about another date, whatever rule its words would call on their own."""
    new = {k for k, v in own.items() if k not in FORM_FACTS and (state is None or state.facts.get(k) != v)}
    if own.get("stage") == "arret":  # "l'arrêt avait lieu …" names the event whose date changes
        new.discard("stage")
    return bool(new) and new <= _DATE_FACTS and bool(new & {"event_date", "event_month", "threshold_side"})


def resolve(
    text: str,
    state: ConversationState | None,
    own: dict[str, Any],
    best_id: str | None,
    best: float,
    last_score: float | None = None,
) -> Decision:
    decision = _resolve(text, state, own, best_id, best, last_score)
    if decision.is_followup and not decision.keeps_form and _other_partner_role(text, state, own):
        return replace(decision, drops=frozenset({"opponent"}))
    return decision


def _other_partner_role(text: str, state: ConversationState | None, own: dict[str, Any]) -> bool:
    """After "X peut-il bloquer… ?", a turn giving another partner a role of its own ("et les parents,
    ils doivent signer le protocole ?"): X was the last question's subject, not a fact of the case."""
    if not state or not state.facts.get("asks_block") or not state.facts.get("opponent"):
        return False
    if not {"stage", "cpms_act"} & set(own) or "opponent" in own:
        return False
    names = named_partners(text)
    return bool(names) and state.facts["opponent"] not in names


def _resolve(
    text: str,
    state: ConversationState | None,
    own: dict[str, Any],
    best_id: str | None,
    best: float,
    last_score: float | None,
) -> Decision:
    last = state.last_intent if state else None
    chosen = best_id if best >= intent.THRESHOLD else None
    correction = bool(CORRECTION.search(text))
    anaphoric = scope.is_anaphoric(text) or correction or bool(CHALLENGE.search(text))
    if last in registry() and not own and asks_basis(text):  # "pourquoi ?", "c'est écrit où ?"
        return Decision(last, max(best, intent.THRESHOLD), True)  # the same rule, the same case
    if chosen is None and not own and (intent.is_general(text) or words(text) > LONG):
        return Decision(None, 0.0, False)  # "et comment se passe la collaboration avec les parents ?"
    if not last or last not in registry():
        # After a question answered from the texts, "et pour le secondaire ?" / "qui doit le signer ?"
        # still continues it: searched together with it, never judged out of scope on its own.
        after_text = (
            bool(state and state.last_question)
            # facts refine a case ("et pour le secondaire ?"): a general question has none to refine
            and not (own and intent.is_general(normalise(state.last_question)))
            and (
                elliptic(text, own)
                or bare_question(text, own)  # "c'est quelle annexe ?"
                or (correction and bool(own))  # "non, je voulais dire en octobre 2021"
                # "et on doit joindre quel document ?": follow-up wording, no domain word of its own
                or (anaphoric and scope.is_out_of_scope(text, bool(own)))
                or (anaphoric and (words(text) <= SHORT_TEXT or refers_back(text)))
                or (bool(own) and bool(HYPOTHETICAL.search(text)))  # "et s'il avait été signé en juin ?"
            )
        )
        return Decision(chosen, best if chosen else 0.0, after_text)
    same_form = keeps_form(text)
    if bare_question(text, own) and not (chosen and chosen != last and best >= intent.STRONG):
        # "dans quel délai ?", "c'est quelle annexe ?": a bare question asks about the last turn's case
        return Decision(last, max(best if chosen == last else 0.0, intent.THRESHOLD), True)
    if chosen == last:
        return Decision(last, best, True, same_form)
    if correction and own and not QUESTION_WORD.search(text):
        # "non, je voulais dire pour l'arrêt": the same question, one fact corrected
        return Decision(last, max(best if chosen == last else 0.0, intent.THRESHOLD), True, same_form)
    if anaphoric:
        if _only_new_dates(own, state):  # "et si l'arrêt avait lieu en novembre ?": same rule
            return Decision(last, max(best, intent.THRESHOLD), True, same_form)
        if chosen and best >= intent.STRONG:
            return Decision(chosen, best, True)  # "et qui accompagne l'élève ?": other rule, same case
        if (
            chosen
            and last_score == 0.0
            and words(text) > SHORT_TEXT
            and not QUESTION_WORD.search(text)
            and not REFINES_CASE.search(text)
        ):
            # "et les moyens d'accompagnement, on doit les rendre ?": a closed question naming another
            # rule's topic in full and nothing of the last rule's: the same case, another question
            # (an open "et qui faut-il prévenir, dans quel délai ?" asks the last rule's details)
            return Decision(chosen, best, True)
        return Decision(last, max(best, intent.THRESHOLD), True, same_form)
    if chosen is None and elliptic(text, own):
        return Decision(last, intent.THRESHOLD, True, same_form)
    return Decision(chosen, best if chosen else 0.0, False)


def next_state(state: ConversationState | None, u: Any, sources: list[str]) -> ConversationState:
    """The state after turn `u` (an Understanding): last intent, its facts, sources, turn count."""
    state = state or ConversationState()
    if u.empty:
        return state.model_copy(update={"turns": state.turns + 1})
    facts = u.facts.model_dump(mode="json", exclude_defaults=True)
    return ConversationState(
        last_intent=u.rule_id,
        facts=facts,
        sources=list(sources),
        last_question=u.question[:500],
        turns=state.turns + 1,
    )
