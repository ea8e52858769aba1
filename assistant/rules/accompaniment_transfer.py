"""How and when a special school transfers ("rétrocède") its IPTs to a pôle (circular point 2 and
point 1.1, Pacte "Phase transitoire"): with the partners' agreement, case by case, before the end of the
school year; mandatory from 2024-2025 for a school involved in the ordinary school's pôle, and for all
from 2026-2027. The pôle may not refuse an IPT ceded to it.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.accompaniment_values import C_2026, IN_A_POLE, INVOLVED_TRANSFER_YEAR, ONLY_POLES_YEAR
from assistant.rules.base import rule
from assistant.rules.cite import circ, pacte, param_cite
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.polarity import lead
from assistant.rules.school_year import first_year, reference_school_year

C_RETRO_AGREEMENT = circ(
    "point 2", "La rétrocession d’une IPT nécessite l’accord des partenaires de celle-ci"
)
C_RETRO_WHEN = circ(
    "point 2",
    "Avant la fin de l’année scolaire en cours, les protocoles d’intégration des élèves qui seront pris en "
    "charge par le pôle à la prochaine rentrée sont communiqués au coordonnateur du pôle. Cette "
    "communication est assurée par l’école d’enseignement spécialisé qui rétrocède l’IPT au pôle.",
)
C_CASE_BY_CASE = circ(
    "point 2",
    "Chaque situation d’élève en IPT étant différente, la rétrocession des IPT encore suivies par une école "
    "d’enseignement spécialisé est discutée et décidée au cas par cas entre les partenaires.",
)
C_NEW_PROTOCOL = circ(
    "point 1.1",
    "via la conclusion d’un nouveau protocole avec changement de partenaires = prolongation d’une IPT existante",
)
C_ALL_TRANSFER = circ(
    "introduction",
    "Dès l’année scolaire 2026-2027, ces écoles devront également transférer l’ensemble de leurs IPT aux "
    "pôles territoriaux.",
)
C_NO_REFUSAL = pacte(
    "partie IV, Phase transitoire, Q&R « Une école siège ou partenaire peut-elle poursuivre ses intégrations permanentes… »",
    "Elles peuvent aussi les céder à un pôle si elles le souhaitent. Dans ce cas, le pôle ne peut pas refuser.",
)


@rule(
    "accompaniment.transfer",
    topic="accompaniment",
    title="Comment et quand une école spécialisée rétrocède-t-elle (transfère-t-elle) ses IPT à un pôle ?",
    triggers=(
        r"\b(retroce\w*|retrocession|transf[eè]r\w*|ced(er|ee?s?|es?|ent|ons|ez|ai\w*|er\w+)|cession)\b.{0,80}\b(ipt|pole|integration)",
        r"\b(ipt|integrations?)\b.{0,60}\b(retroce\w*|transf[eè]r\w*|ced(er|ee?s?|es?|ent|ons|ez|ai\w*|er\w+))\b",
    ),
    decisive=("school_year", "special_school_place", "same_pole_as_ordinary"),
    examples=(
        "Comment rétrocéder une IPT au pôle ?",
        "Quand l'école spécialisée doit-elle transférer ses IPT au pôle ?",
        "Le pôle peut-il refuser une IPT qu'une école spécialisée veut lui céder ?",
    ),
)
def transfer(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    y = first_year(year)
    data = {
        "school_year": year,
        "agreement_of_partners": True,
        "communicated_by": "ecole_specialisee",
        "communicated_to": "coordonnateur du pôle",
        "deadline": "avant la fin de l'année scolaire en cours",
        "pole_may_refuse": False,
        "mandatory_from": param("accompaniment.only_poles_from.value"),
    }
    # "La rétrocession d’une IPT nécessite l’accord des partenaires de celle-ci. Avant la fin de l’année
    # scolaire en cours, les protocoles ... sont communiqués au coordonnateur du pôle."
    how = (
        "la rétrocession se fait avec l'accord des partenaires de l'IPT, au cas par cas, par un nouveau "
        "protocole avec changement de partenaires (prolongation via le pôle) ; avant la fin de l'année "
        "scolaire, l'école spécialisée qui rétrocède communique au coordonnateur du pôle les protocoles des "
        "élèves que le pôle prendra en charge à la rentrée suivante"
    )
    cites = [C_RETRO_AGREEMENT, C_RETRO_WHEN, C_CASE_BY_CASE, C_NEW_PROTOCOL, C_NO_REFUSAL, C_ALL_TRANSFER]
    steps = [f"Année scolaire considérée : {year}.", "Le pôle ne peut pas refuser une IPT qu'on lui cède."]
    if y >= ONLY_POLES_YEAR:
        # "Dès l’année scolaire 2026-2027, ces écoles devront également transférer l’ensemble de leurs IPT"
        conclusion = (
            f"En {year}, le transfert n'est plus un choix : depuis 2026-2027, toutes les IPT sont prises en charge "
            f"par les pôles, les écoles spécialisées ayant dû leur transférer l'ensemble de leurs IPT. Pour mémoire, {how}."
        )
        data["mandatory"] = True
        cites.insert(0, C_2026)
    else:
        mandatory = (
            y >= INVOLVED_TRANSFER_YEAR
            and facts.special_school_place in IN_A_POLE
            and facts.same_pole_as_ordinary
        )
        data["mandatory"] = bool(mandatory)
        data["deadline"] = f"avant la fin de l'année scolaire {year}"
        conclusion = (
            f"En {year}, {how}. Le pôle ne peut pas refuser une IPT qu'une école spécialisée lui cède ; dès "
            "2026-2027, toutes les IPT restantes devront être transférées aux pôles."
        )
        if mandatory:
            steps.append(
                "L'école est impliquée dans le pôle de l'école ordinaire : le transfert est obligatoire depuis 2024-2025."
            )
            cites.append(param_cite("accompaniment.involved_schools_transfer_from"))
    conclusion = conclusion[0].upper() + conclusion[1:]
    if facts.focus == "obligation":
        # "Sommes-nous obligés de transférer nos IPT ?": yes when the transfer is mandatory, no when the
        # school's place is known and lets it keep them; no Oui/Non while the place is unknown
        known = (
            y >= ONLY_POLES_YEAR
            or y < INVOLVED_TRANSFER_YEAR
            or facts.special_school_place == "aucun"
            or (facts.special_school_place is not None and facts.same_pole_as_ordinary is not None)
        )
        conclusion = lead(facts, data["mandatory"] if known else None, conclusion)
    elif facts.asks_block and facts.opponent == "pole":
        # "le pôle peut-il refuser ?": « Dans ce cas, le pôle ne peut pas refuser. » (from 2026-2027 every
        # IPT is the pôle's: it can refuse none either)
        conclusion = (
            "Non : le pôle ne peut pas refuser une IPT qu'une école spécialisée lui cède. " + conclusion
        )
    return RuleResult(
        rule_id="accompaniment.transfer",
        conclusion=conclusion,
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data=data,
        notes=[
            "Changement de partenaire via un pôle : voir la circulaire n°9545 de rentrée des pôles territoriaux."
        ],
    )
