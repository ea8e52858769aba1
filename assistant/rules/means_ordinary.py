"""How a pupil in IPT counts for the ordinary school (circular point 5, questions 3 and 11): 1 unit of
its capital-périodes, counted on the first day of the school year, and 8 more periods in the 3rd degree
of secondary for types 4, 6 and 7 (decree of 5 February 2009, art. 132 of the decree of 3 March 2004).
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import CIRCULAR, DECREE_2009, cite
from assistant.rules.facts import Facts
from assistant.rules.means_values import C_ORDINARY_KEEPS, bracket, bracket_cite, result
from assistant.rules.means_wording import is_467_third
from assistant.rules.school_year import reference_school_year

C_DECREE_ORDINARY = cite(
    DECREE_2009,
    "art. 35 (art. 132 du décret du 3 mars 2004)",
    "§ 3. Dans le 3 e degré de l'enseignement secondaire, il est également accordé 8 périodes hors nombre "
    "total de périodes-professeur à l'établissement d'enseignement ordinaire qui accueille l'élève intégré.",
)
C_ONE_UNIT = cite(
    CIRCULAR,
    "point 5, question 11",
    "L’élève compte pour 1 unité dans le cadre du calcul du capital-périodes.",
)
C_COUNTED = cite(
    CIRCULAR,
    "point 5, question 3",
    "L’élève est inscrit et comptabilisé au 1er jour de l’année scolaire dans l’école d’enseignement ordinaire.",
)


@rule(
    "means.ordinary_school",
    topic="means",
    title="Comment l'élève en IPT compte-t-il pour l'école d'enseignement ordinaire ?",
    triggers=(
        r"\bcapital[- ]periodes?\b",
        r"\b(ecole|enseignement) ordinaire\b.{0,60}\b(compte|comptabilis\w*|encadrement|periodes?)\b",
        r"\b(compte|comptabilis\w*)\b.{0,60}\b(ecole|enseignement) ordinaire\b",
    ),
    decisive=("level", "degree", "pupil_type"),
    examples=("L'élève en IPT compte-t-il dans le capital-périodes de l'école ordinaire ?",),
)
def ordinary_school(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    third = is_467_third(facts)
    # "L’élève compte pour 1 unité dans le cadre du calcul du capital-périodes."
    conclusion = (
        "L'élève en IPT compte pour 1 unité dans le calcul du capital-périodes de l'école d'enseignement "
        "ordinaire, où il est inscrit et comptabilisé au 1er jour de l'année scolaire."
    )
    cites = [C_ONE_UNIT, C_COUNTED, C_ORDINARY_KEEPS]
    extra = {True: 8, False: 0, None: None}[third]
    if third is not False:
        # "(8 périodes pour l’école d’enseignement secondaire spécialisé et 8 périodes pour l’école ... ordinaire)"
        lead = "En outre" if third else "Si l'élève est de type 4, 6 ou 7 au 3e degré du secondaire"
        conclusion += f" {lead}, l'école ordinaire reçoit 8 périodes (sur les 16 de l'IPT)."
        # the secondary line of the case's start bracket (before 02/09/2020 or after)
        cites += [
            bracket_cite("means.periods_third_degree_467", bracket(facts.ipt_start) or ""),
            C_DECREE_ORDINARY,
        ]
    return result(
        "means.ordinary_school",
        conclusion,
        facts,
        year,
        cites,
        steps=[
            "Les périodes générées par l'inscription dans l'ordinaire restent acquises à l'école, même en cas d'arrêt."
        ],
        data={"units": 1, "extra_periods_third_degree_467": extra, "school_year": year},
    )
