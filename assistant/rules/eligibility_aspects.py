"""The aspect of the start of an IPT a question on `eligibility.procedure` asks about, and the sentence
its answer leads with: the form of the proposal (annexe 1), no appeal against a refusing partner (Pacte
report), the CPMS's consultative opinion on a prolongation (Pacte report). Each aspect's citation is
`eligibility.quotes.<aspect>` of parameters.yaml; no aspect asked: the generic procedure.
"""

from __future__ import annotations

from assistant.rules.facts import Facts
from assistant.rules.polarity import lead

# An aspect of the start of an IPT a question asks about -> the sentence the answer leads with (its
# citation is `eligibility.quotes.<aspect>`).
ASPECTS = {
    "annexe_proposition": (
        "La proposition d'IPT est formalisée via l'annexe 1 « Avis des partenaires sur la proposition d'IPT »."
    ),
    "pas_de_recours": (
        "Il n'y a actuellement pas de recours possible si un partenaire refuse un projet d'intégration : "
        "l'IPT repose sur l'accord de tous les partenaires ; si un partenaire prévu est réticent, il est possible "
        "d'envisager une intégration avec un autre partenaire."
    ),
    "avis_prolongation": (
        "Pour la prolongation, le CPMS peut, d'initiative, rendre un avis, qui reste consultatif : il ne "
        "bloque pas la prolongation."
    ),
}


def with_aspect(facts: Facts, aspect: str, text: str, base: str) -> str:
    """The conclusion led by the aspect's sentence, after the "Oui"/"Non" and verdict of a closed question
    (a CPMS opinion on the prolongation answers "peut-il la bloquer ?" itself: the proposal's verdict goes)."""
    head = text[: len(text) - len(base)] if text.endswith(base) else ""
    if aspect == "avis_prolongation":
        closed = facts.model_copy(update={"yes_no": True}) if facts.asks_block else facts
        return lead(closed, not facts.asks_block, ASPECTS[aspect]) + " " + base
    if aspect == "pas_de_recours" and head:
        return f"{head}{ASPECTS[aspect]} {base}"
    return f"{ASPECTS[aspect]} {text}"


def asked_aspect(facts: Facts) -> str | None:
    """The form asked for the proposal ("quelle annexe ?"), a refusing ordinary school ("on peut l'obliger
    ?"), or a CPMS opinion on the prolongation ("le PMS peut-il bloquer la prolongation ?")."""
    if facts.asks_document and facts.stage in (None, "proposition"):
        return "annexe_proposition"
    if facts.opponent == "ecole_ordinaire":
        return "pas_de_recours"
    cpms = facts.cpms_side or (facts.opponent or "").startswith("cpms") or facts.cpms_act
    if facts.stage == "prolongation" and cpms and facts.cpms_side != "specialise":
        return "avis_prolongation"
    return None
