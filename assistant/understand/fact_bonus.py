"""Fact bonuses: how the facts a question states and its wording shift one rule's intent score (a
scale given points to the sensori-motor computation, a named obligation with "quand" to the deadline
table, a stop of the IPT to the end and restitution rules…).

The bonuses are added in a fixed order (the order of the checks below), one term after another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from assistant.rules import RuleSpec
from assistant.rules.deadlines import UNDATED_STAGES
from assistant.understand.cues import ASKS_WHEN, WHEN

# Facts that say the question is about a stop of the IPT.
_END_FACTS = frozenset({"end_when", "end_cause"})
# Facts.means_kind -> the means rule that answers it.
MEANS_RULES = {
    "periodes": "means.periods_points",
    "points": "means.periods_points",
    "ordinaire": "means.ordinary_school",
    "fonctionnement": "means.operating_grants",
    "coefficient": "means.pole_coefficient",
    "restitution": "means.restitution",
}
# "quel CPMS", "le rôle du CPMS", its opinion, signature or initiative: the CPMS rule's own question.
_ASKS_WHICH_CPMS = (
    r"\b(quel|quels|quelle|lequel|roles?|competent|avis|sign\w*|initiative|assiste\w*|redige\w*)\b"
)


# What the sensori-motor points rule explains without a scale: the formula, N, X, W, the paliers.
_ASKS_FORMULA = (
    r"\bcomment\b.{0,30}\bcalcul\w*|\b(formule|pourcentage|ratio|paliers?|bareme|tableau|items?|score|resultat|total general"
    r"|combien de points|nombre de points|points? (rapporte|donne|genere)\w*|\d+ points?"
    r"|budget\w*|prorata|arrondi\w*|etapes?|proportion\w*|plafon\w*|maximum)\b|\b[nxw]\b"
)


# Who accompanies or follows the pupil: "qui assure son accompagnement ?", "c'est X ou Y qui assure le
# suivi ?" ("qui assure la signature ?" asks no such thing: "assure" alone is no cue)
_ASKS_WHO_FOLLOWS = r"\bqui\b.{0,60}\b(accompagn\w*|suivi|suit)\b"


# The IPT has stopped ("arrêtée le 22/09", "a pris fin", "interrompue", "a échoué").
_STOPPED = (
    r"\b(arrete\w*|arret (de|d'|du)|stopp\w*|interromp\w*|interrompu\w*|pris fin|prend fin|prendra fin"
    r"|terminee?s?|echoue\w*)\b"
)


def fact_bonus(spec: RuleSpec, text: str, facts: dict[str, Any]) -> float:
    """The sum of the bonuses (and maluses) of `spec` for this question, in the order of the checks."""
    stop = _is_stop(facts)
    terms = (
        *_scale_terms(spec, text, facts),
        *_situation_terms(spec, facts),
        *_deadline_terms(spec, text, facts, stop),
        *_means_terms(spec, text, facts, stop),
        *_partner_terms(spec, text, facts, stop),
    )
    bonus = 0.0
    for term in terms:
        bonus += term
    return bonus


def _is_stop(facts: dict[str, Any]) -> bool:
    """Whether the facts say the question is about a stop of the IPT."""
    return bool(_END_FACTS & set(facts)) or facts.get("stage") == "arret"


def _asks_delay(text: str) -> bool:
    return bool(re.search(ASKS_WHEN, text) or re.search(r"\b(combien de temps|quel delai)\b", text))


def _scale_terms(spec: RuleSpec, text: str, facts: dict[str, Any]) -> Iterator[float]:
    """A scale to compute (or none) for the sensori-motor points; a named practice of the scales."""
    computed = (
        facts.get("scales")
        or facts.get("scale_points")
        or facts.get("scale_percent") is not None
        or facts.get("scale_items")
    )
    if spec.id == "sensorimotor.points" and computed:
        yield 0.5
    if spec.topic == "means" and facts.get("scales"):
        yield -0.3  # a scale's items and score: sensori-motor points, not the means of an IPT
    if spec.id == "sensorimotor.points" and not computed and not re.search(_ASKS_FORMULA, text):
        # no scale to compute and no question on the formula or the paliers ("avec quels moyens le pôle
        # démarre-t-il en attendant le calcul ?"): the passages answer, not the formula
        yield -0.6
    several_computed = facts.get("scale_topic") == "plusieurs" and (
        len(facts.get("scales") or ()) + len(facts.get("scale_points") or ()) >= 2
    )  # "2 échelles : 44 pts et 88 pts, total ?": the figures to add are the question, not the practice
    if spec.id == "sensorimotor.encoding" and facts.get("scale_topic") and not several_computed:
        # a named practice (not only "encoder") is what the question asks, whatever else it mentions
        yield 0.3 if facts["scale_topic"] == "encodage" else 0.45


def _situation_terms(spec: RuleSpec, facts: dict[str, Any]) -> Iterator[float]:
    """The pupil's situation for a new attestation; the 15 October condition for eligibility."""
    if spec.id == "attestation.nouvelle_attestation" and facts.get("stage") == "attestation":
        situation = ("return_to_special", "change_of_type", "more_than_two_years", "years_in_ipt")
        yield 0.25 if any(k in facts for k in situation) else 0.0
    if spec.id == "eligibility.conditions" and facts.get("attends_special_since_15_october") is not None:
        yield 0.25  # the 15 October condition is decisive, whatever type or level is named


def _deadline_terms(spec: RuleSpec, text: str, facts: dict[str, Any], stop: bool) -> Iterator[float]:
    """A named obligation or step and a question for its date; a stop and its deadlines."""
    if spec.id == "deadlines.when" and facts.get("deadline_key") and re.search(WHEN, text):
        yield 0.15
    if facts.get("deadline_key") and re.search(ASKS_WHEN, text):
        # a named obligation and a question for its date: the deadline table answers, not a means rule
        yield 0.3 if spec.id == "deadlines.when" else (-0.3 if spec.topic == "means" else 0.0)
    if facts.get("stage") in UNDATED_STAGES and re.search(ASKS_WHEN, text):
        # "avant quelle date envoyer la proposition ?": a date asked for a step; the deadline rule says
        # the texts give none
        yield 0.3 if spec.id == "deadlines.when" else 0.0
    if spec.id == "deadlines.when" and not facts.get("deadline_key") and stop:
        yield -0.3  # a stop with no named document: the end rule gives its date and its deadlines
    if spec.id == "end.who_and_how" and not facts.get("deadline_key") and stop and _asks_delay(text):
        yield 0.15  # "l'arrêt a été décidé le …, dans quel délai le communiquer ?": its 30 days


def _means_terms(spec: RuleSpec, text: str, facts: dict[str, Any], stop: bool) -> Iterator[float]:
    """The means rule of the kind of means named; the means of an IPT that stopped."""
    if spec.topic == "means" and MEANS_RULES.get(facts.get("means_kind", "")) == spec.id:
        yield 0.15
    if spec.id == "means.restitution" and (stop or re.search(_STOPPED, text)):
        yield 0.2  # the means of an IPT that stopped: kept or given back, not their amount


def _partner_terms(spec: RuleSpec, text: str, facts: dict[str, Any], stop: bool) -> Iterator[float]:
    """Who accompanies, the CPMS's role, who proposes; the rule's decisive facts."""
    if spec.id == "accompaniment.who" and (
        re.search(r"\bcombien\b(?! de temps)", text)
        # "accompagnée par notre école hors pôle : 16 périodes aussi ?": periods or points asked, no "qui"
        or (facts.get("means_kind") and not re.search(r"\bqui\b", text))
    ):
        yield -0.3  # "accompagné par le pôle : ça rapporte combien ?": an amount, not who accompanies
    if (
        spec.id == "accompaniment.who"
        and facts.get("sign_language_immersion")
        and re.search(_ASKS_WHO_FOLLOWS, text)
    ):
        yield 0.5  # "immersion en langue des signes : qui l'accompagne ?": who, not whether eligible
    if spec.id == "cpms.role" and not facts.get("stage") and not re.search(_ASKS_WHICH_CPMS, text):
        yield -0.3  # "le CPMS peut-il consulter le dossier médical ?": no stage, no role asked
    if spec.id == "eligibility.procedure" and stop:
        yield -0.3  # "l'école n'est pas d'accord avec l'arrêt, qui tranche ?": a stop, not a proposal
    if spec.decisive and any(name in facts for name in spec.decisive):
        yield 0.05
