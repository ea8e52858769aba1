"""Eligibility, second part: how an IPT is set up (proposition -> projet -> protocole) and when it starts.

Rules `eligibility.procedure` and `eligibility.start` (topic "eligibility"); see the epilogue of
rules/eligibility.py for what the texts leave implicit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import fr_date, next_school_year, school_year_bounds, school_year_of
from assistant.rules.eligibility_aspects import asked_aspect, with_aspect
from assistant.rules.eligibility_shared import quote, result
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead

PROPOSERS = {
    "ecole_specialisee": "l'école d'enseignement spécialisé",
    "cpms": "le CPMS de l'école d'enseignement spécialisé",
    "cpms_specialise": "le CPMS de l'école d'enseignement spécialisé",
    "parents": "les parents",
    "eleve": "l'élève lui-même s'il est majeur",
}
NOT_PROPOSERS = {
    "ecole_ordinaire": "l'école d'enseignement ordinaire",
    "pole": "le pôle territorial",
    "cpms_ordinaire": "le CPMS de l'école d'enseignement ordinaire",
    "conseil_de_classe": "le conseil de classe",
}


@rule(
    "eligibility.procedure",
    topic="eligibility",
    title="Comment débute une IPT : qui peut la proposer et quel avis défavorable la bloque ?",
    triggers=(
        r"\b(proposer|proposition)\b.*\b(ipt|integration(?! temporaire| partielle))\b",
        r"\bipt\b.*\b(proposer|proposition|etapes|procedure pour debuter|mettre en place)\b",
        # the step after a favourable opinion: looking for an ordinary school that accepts
        r"\b(cherch\w*|recherch\w*|trouver)\b.{0,40}\becole (d'enseignement )?ordinaire\b",
        r"\b(avis defavorable|veto|bloquer|s'opposer|desaccord)\b",
        r"\b(etapes|procedure)\b.*\b(debuter|commencer|mise en place)\b",
    ),
    decisive=("proposer",),
    examples=(
        "Qui peut proposer une IPT ?",
        "Le CPMS peut-il bloquer la proposition d'IPT par un avis défavorable ?",
        "Quelles sont les étapes pour débuter une IPT ?",
        "Les parents peuvent-ils s'opposer à l'IPT ?",
    ),
)
def procedure(facts: Facts, today: dt.date) -> RuleResult:
    base = (
        "Trois étapes : la proposition (annexe 1), le projet (annexe 2), puis le protocole (annexe 3). "
        "Peuvent proposer : l'école d'enseignement spécialisé, le CPMS de l'école d'enseignement spécialisé, "
        "les parents ou l'élève majeur. Un avis défavorable de l'école spécialisée ou des parents bloque la "
        "proposition ; celui du CPMS du spécialisé ne la bloque pas (avis obligatoire mais non contraignant, "
        "pas de droit de veto). Si l'avis est favorable, la direction ou le PO de l'école d'enseignement "
        "spécialisé, en accord avec les parents (ou l'élève majeur), recherche une école d'enseignement ordinaire "
        "qui accepte, en concertation avec son pôle territorial, d'être partenaire de l'IPT."
    )
    who = (facts.proposer or "").lower()
    data: dict[str, Any] = {
        "steps": ["proposition", "projet", "protocole"],
        "proposers": ["ecole_specialisee", "cpms_specialise", "parents", "eleve_majeur"],
        "blocking": ["ecole_specialisee", "parents"],
        "non_blocking": ["cpms_specialise"],
    }
    if who in PROPOSERS:
        data["may_propose"] = True
        blocks = who not in ("cpms", "cpms_specialise")
        data["blocks"] = blocks
        text = (
            f"Oui, {PROPOSERS[who]} peut proposer une IPT ; son avis défavorable "
            f"{'bloque' if blocks else 'ne bloque pas'} la proposition. " + base
        )
    elif who in NOT_PROPOSERS:
        data["may_propose"] = False
        text = f"Non, {NOT_PROPOSERS[who]} ne figure pas parmi ceux qui peuvent proposer une IPT. " + base
    else:
        text = base
    # "faut-il que ce soit nous les parents ?" names who proposes: whether they may, not whether a
    # proposal is mandatory
    if (
        facts.focus in ("obligation", "dispense")
        and facts.stage == "proposition"
        and not facts.opponent
        and not who
    ):
        text = _mandatory_proposal(facts, today) + " " + base
        data["proposal_mandatory"] = _is_mandatory(facts, today)
    if facts.opponent:
        # "un avis défavorable de l'école spécialisée ou des parents bloque la proposition"
        blocks = facts.opponent in data["blocking"] or facts.opponent == "ecole_ordinaire"
        data["opponent_blocks"] = blocks
        label = PROPOSERS.get(facts.opponent) or NOT_PROPOSERS.get(facts.opponent, facts.opponent)
        verdict = (
            f"l'avis défavorable émis par {label} bloque la proposition : l'IPT ne pourra pas se mettre en place "
            f"sans {'leur' if label.startswith(('les ', 'des ')) else 'son'} accord. "
            if blocks
            else f"l'avis défavorable émis par {label} ne bloque pas la proposition. "
        )
        if facts.opponent == "ecole_ordinaire":
            # the ordinary school is not a proposer, but the project starts only once one accepts
            verdict = (
                "l'IPT ne peut pas se faire dans une école d'enseignement ordinaire qui refuse : le projet "
                "n'est élaboré que dès qu'une école ordinaire accepte d'être partenaire, et le protocole "
                "seulement une fois le projet accepté par tous ; il faut chercher une autre école ordinaire qui accepte. "
            )
        # "l'IPT peut-elle quand même se faire ?" asks whether it goes on; "ça bloque ?" whether it is blocked
        verdict = verdict[0].upper() + verdict[1:]
        if facts.asks_block:
            text = lead(facts.model_copy(update={"yes_no": True}), blocks, verdict) + base
        else:
            text = lead(facts, not blocks, verdict) + base
    steps = [
        "Proposition concertée ; en cas de désaccord, chaque opposant motive par écrit (chef d'établissement WBE ou PO).",
        "Projet élaboré conjointement par les conseils de classe (spécialisé et ordinaire) et le coordonnateur du pôle.",
        "Protocole établi une fois le projet accepté par tous.",
    ]
    cits = [
        quote(n) for n in ("trois_etapes", "proposants", "avis_bloquant", "pas_de_veto", "motivation_ecrite")
    ]
    cits += [quote("recherche_ecole_ordinaire"), quote("projet"), quote("protocole")]
    aspect = asked_aspect(facts)
    if aspect:  # the aspect asked leads, cited by its own sentence in place of the mandatory proposal's
        text = with_aspect(facts, aspect, text, base)
        data["aspect"] = aspect
    if aspect:
        cits.insert(0, quote(aspect))
    if not aspect or "proposal_mandatory" in data:  # the mandatory proposal is stated
        cits.append(quote("proposition_obligatoire"))
    return result("eligibility.procedure", facts, today, text, steps=steps, citations=cits, data=data)


# « Dès l'année scolaire 25-26, la proposition d'IPT est obligatoire pour les élèves qui entrent en
# première IPT et qui seront accompagnés par un pôle territorial. »
PROPOSAL_MANDATORY_FROM = 2025


def _year(facts: Facts, today: dt.date) -> str:
    return facts.school_year or school_year_of(facts.reference_date or today)


def _is_mandatory(facts: Facts, today: dt.date) -> bool:
    return int(_year(facts, today)[:4]) >= PROPOSAL_MANDATORY_FROM


def _mandatory_proposal(facts: Facts, today: dt.date) -> str:
    """Whether the proposal is required; answered Non when the question asks whether one may do without it."""
    year = _year(facts, today)
    dispense = facts.focus == "dispense"
    if _is_mandatory(facts, today):
        lead_text = "Non, on ne peut pas s'en passer" if dispense else "Oui"
        return (
            f"{lead_text}, en {year} : dès l'année scolaire 2025-2026, la proposition d'IPT (annexe 1) est obligatoire pour "
            "les élèves qui entrent en première IPT et qui seront accompagnés par un pôle territorial."
        )
    lead_text = "Oui, on peut s'en passer" if dispense else "Non"
    return (
        f"{lead_text}, pas encore en {year} : la proposition d'IPT n'est obligatoire, pour une première IPT accompagnée "
        "par un pôle, que dès l'année scolaire 2025-2026."
    )


@rule(
    "eligibility.start",
    topic="eligibility",
    title="Quand commence l'IPT ?",
    triggers=(
        r"\bquand\b.*\b(commence|debute|demarre)\b",
        # the verb first: "l'IPT débute quand ?", "elle commence à quelle date ?"
        r"\b(ipt|integration|elle)\b.{0,20}\b(commence|debute|demarre)\w* (quand|a quelle date|a partir de quand)\b",
        r"\b(debut|commencement|demarrage)\b.*\bipt\b.*\b(date|quand)\b",
        r"\bdate de debut\b",
    ),
    decisive=("event_date", "school_year"),
    examples=(
        "Lorsque le protocole est signé, quand commence l'IPT ?",
        "Le protocole a été signé le 14 novembre, quand débute l'IPT ?",
    ),
)
def start(facts: Facts, today: dt.date) -> RuleResult:
    cits = [quote("debut"), quote("protocole_complet"), quote("inscrit_comptabilise")]
    signed = facts.event_date
    data: dict[str, Any] = {}
    if signed is None:
        sy = facts.school_year or next_school_year(school_year_of(today))
        first, _ = school_year_bounds(sy)
        data.update(start=None, school_year_start=first.isoformat(), missing=["event_date"])
        text = (
            f"Au 1er jour de l'année scolaire (pour {sy} : le {fr_date(first)}, date de rentrée calculée), ou à la "
            "date de signature du protocole par tous les partenaires si l'IPT débute après le début de l'année "
            "scolaire ; l'élève ne peut être intégré que si son protocole d'intégration est complet et signé par "
            "tous les partenaires."
        )
        return result("eligibility.start", facts, today, text, citations=cits, data=data, school_year=sy)
    sy = facts.school_year or school_year_of(signed)
    first, last = school_year_bounds(sy)
    if signed <= first:
        begin, how = first, "au 1er jour de l'année scolaire"
    elif signed <= last:
        begin, how = signed, "à la date de signature du protocole par tous les partenaires"
    else:
        sy = next_school_year(sy)
        begin, how = school_year_bounds(sy)[0], "au 1er jour de l'année scolaire suivante"
    data.update(start=begin.isoformat(), signed=signed.isoformat(), school_year=sy)
    text = f"L'IPT commence le {fr_date(begin)}, {how} ({sy})."
    if how.startswith("à la date") and not facts.school_year:
        nxt = school_year_bounds(next_school_year(sy))[0]
        data["start_if_next_year"] = nxt.isoformat()
        text += f" Si l'IPT est prévue pour l'année suivante, elle commence au 1er jour de celle-ci ({fr_date(nxt)})."
    notes = [
        "Date de rentrée calculée (dernier lundi d'août) : la circulaire dit « 1er jour de l'année scolaire »."
    ]
    return result(
        "eligibility.start", facts, today, text, citations=cits, data=data, notes=notes, school_year=sy
    )
