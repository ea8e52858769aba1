"""`understand`: from a question (and the conversation state) to a rule, its facts and scope flags."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.models import ConversationState
from assistant.rules.facts import Facts
from assistant.textnorm import canonical
from assistant.understand import followup, followup_facts, intent, scope
from assistant.understand.followup_wording import asks_basis
from assistant.understand.normalise import MAX_CHARS, cue_text, is_empty, normalise
from assistant.understand.score_delta import shifted_scale_score
from assistant.understand.slots import facts_of_normalised, restate_start


class Understanding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str  # raw
    normalised: str  # canonical(question) plus typo fixes
    rule_id: str | None = None  # chosen rule, or None -> retrieval
    score: float = 0.0  # confidence of the rule choice
    candidates: list[tuple[str, float]] = Field(default_factory=list)
    facts: Facts = Field(default_factory=Facts)  # this turn's facts merged with carried-over ones
    new_facts: list[str] = Field(default_factory=list)  # names of facts set by THIS turn
    is_followup: bool = False
    flemish: bool = False  # explicitly about the Flemish Community
    out_of_scope: bool = False  # clearly not about IPT, the pôles or special education
    empty: bool = False  # nothing usable
    topic: str | None = None  # topic of the best candidate, even when no rule is chosen
    asks_basis: bool = False  # a follow-up about the last answer itself ("pourquoi ?", "c'est écrit où ?")


def valid_facts(raw: dict[str, Any]) -> dict[str, Any]:
    """Keep only the facts `Facts` accepts (one bad value never spoils the others)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            Facts.model_validate({key: value})
        except ValidationError:
            continue
        out[key] = value
    return out


def understand(
    question: str, state: ConversationState | None = None, today: dt.date | None = None
) -> Understanding:
    """Normalise, extract facts, score the rules and resolve a follow-up against `state`."""
    today = today or dt.date.today()
    raw = question if isinstance(question, str) else str(question)
    text = normalise(raw)
    if is_empty(text):
        return Understanding(question=raw, normalised=text, empty=True)
    own = valid_facts(facts_of_normalised(text, today))
    if restated := followup_facts.restated_start(text, state, own):  # "non, je voulais dire octobre 2021"
        own = valid_facts(restate_start(own, restated["ipt_start"], today))
    score = followup_facts.bare_scale_score(text, state, own)
    if score is None:  # "et avec 3 de plus ?": the carried total moved by a difference
        score = shifted_scale_score(text, state, own)
    if score is not None:  # "et s'il avait eu 24 ?" after a scale's computation: the new total
        own["scale_score"] = score
    elif (percent := followup_facts.restated_percent(text, state, own)) is not None:
        own["scale_percent"] = percent  # "et s'il avait 65 % ?" after a ratio N: the new N
    texts = (cue_text(canonical(raw[:MAX_CHARS].replace("\x00", " "))), cue_text(text))
    candidates = intent.rank(texts, own)
    best_id, best = candidates[0] if candidates else (None, 0.0)
    content = {k: v for k, v in own.items() if k not in followup.FORM_FACTS}
    last_score = dict(candidates).get(state.last_intent, 0.0) if state and state.last_intent else None
    decision = followup.resolve(text, state, content, best_id, best, last_score)
    key = followup_facts.deadline_key_in_context(text, state, own) if decision.is_followup else None
    if key is not None:  # "et après le 30, de nouveaux élèves ?" after the scales' deadline
        own["deadline_key"] = key
    if decision.is_followup and followup_facts.restates_open_question(text, state, own):
        own.pop("yes_no", None)  # "et s'il avait 65 % ?" after "combien de points ?": still open
    if decision.is_followup:  # "et les parents, eux ?" after "le CPMS peut-il bloquer… ?"
        own.update(followup_facts.substituted_partner(text, state, own))
    facts = decision.merged(state, own)
    return Understanding(
        question=raw,
        normalised=text,
        rule_id=decision.rule_id,
        score=decision.score,
        candidates=candidates[:5],
        facts=Facts.model_validate(facts),
        new_facts=sorted(own),
        is_followup=decision.is_followup,
        flemish=scope.is_flemish(text),
        out_of_scope=not decision.is_followup
        and scope.is_out_of_scope(text, bool(content))
        and not followup_facts.domain_carried(state),
        topic=intent.topic_of(candidates),
        asks_basis=decision.is_followup and decision.rule_id is not None and asks_basis(text),
    )


def extract(question: str, today: dt.date | None = None) -> dict[str, Any]:
    """The valid facts of one question (alias used by tests)."""
    return valid_facts(facts_of_normalised(normalise(question), today or dt.date.today()))
