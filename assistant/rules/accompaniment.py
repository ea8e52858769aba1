"""Who accompanies a pupil in IPT: the special school or the pôle territorial (circular 2025-2026).

What decides: the date the IPT started (before / from 29 August 2022), the special school's place in
the pôles (siège, partenaire, partenaire spécifique of the ordinary school's pôle, of another pôle, or
of none) and the school year of the reference date (before the pôles, the first phase 2022-2024, the
last two years 2024-2026 of the transition, then only pôles from 2026-2027).
IPTs begun before 29 August 2022 in the transition years are settled in `accompaniment_transition`;
the dates, citations and sentences are in `accompaniment_values`.

Epilogue: what the texts leave implicit
- The introduction of the circular says that in 2025-2026 only special schools that belong to no
  pôle may still accompany IPTs; its point 1.1 and the Pacte report (note 3 and the "Phase
  transitoire" Q&A) also let a school of *another* pôle than the ordinary school's keep them. The
  specific point 1.1 (and the Pacte report) is followed here.
- The circular gives two dates for new IPTs (29 August 2022 in note 4, 26 August 2024 in the
  reminder of point 1.2); note 4 is the wider one and is applied: every IPT begun from 29 August 2022
  is accompanied by the pôle.
- For 2022-2023 and 2023-2024 ("phase d'assouplissement") the texts only say, by contrast, that
  special schools involved in a pôle transfer their IPTs "à partir de la rentrée 2024-25": before
  that, the special school that began the IPT is taken to have been allowed to keep it.
- A school year runs from the last Monday of August (`school_year_of`).
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment_transition import old_or_conditional, pole_result
from assistant.rules.accompaniment_values import (
    C_2026,
    C_DEFINITION,
    C_NO_NEW,
    C_OUTSIDE_LAST_YEAR,
    C_POLES_CREATED,
    C_PRE2020_END,
    C_PROLONGATION,
    NEW_IPT_FROM,
    ONLY_POLES_YEAR,
    POLE_ONLY_FROM,
    PRE_2020,
)
from assistant.rules.base import rule
from assistant.rules.calendar import fr_date, school_year_of
from assistant.rules.cite import cite, param_cite
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.school_year import first_year, reference_school_year


@rule(
    "accompaniment.who",
    topic="accompaniment",
    title="Qui accompagne l'élève en IPT : l'école d'enseignement spécialisé ou le pôle territorial ?",
    triggers=(
        r"\b(qui|quel\w*)\b.{0,60}\b(accompagne\w*|suit|suivie?s?|prend en charge|prise en charge)\b.{0,80}\bipt\b",
        r"\b(ipt|integrations?)\b.{0,80}\b(accompagne\w*|suivie?s? par|prise? en charge par)\b.{0,40}\b(pole|ecole\w* specialise\w*)",
        # "nos IPT de 2023 : c'est le pôle qui les accompagne ?"
        r"\b(ipt|integrations?)\b.{0,80}\b(pole|ecole\w* specialise\w*) qui (les |l'|la |le )?(accompagne\w*|sui\w+|prend\w* en charge)\b",
        r"\b(ecole|etablissement)s? (specialisee?s?|d'enseignement specialise)\b.{0,60}\b(peu\w+|encore|conserver|garder|continuer)\b.{0,40}\b(accompagn\w+|ipt|suivre)",
        r"\b(garder|conserver|poursuivre)\b.{0,40}\bses ipt\b",
        # a choice of agents: "c'est le pôle ou l'école de type 7 qui assure le suivi ?"
        r"\bc'est (le |la |l')\w+.{0,40}\bou\b.{0,40}\bqui (assure\w* (le suivi|l'accompagnement)|accompagne\w*|sui\w+)\b",
    ),
    decisive=("ipt_start", "special_school_place", "same_pole_as_ordinary", "school_year"),
    examples=(
        "Qui accompagne un élève en IPT depuis 2021 si l'école spécialisée n'est dans aucun pôle ?",
        "Une école spécialisée peut-elle encore accompagner des IPT en 2025-2026 ?",
        "En 2026-2027, qui assure l'accompagnement des IPT ?",
    ),
    # which agent accompanies an IPT (its start, the school's pole): "c'est le pôle qui la suit ?",
    # "l'école spécialisée peut-elle encore accompagner ?"
    settles=(
        r"\b(qui|quel\w*|c'est|est-ce (le|la|l'|un|une)|ou bien|ou (le|la|l'|un|une))\b",
        r"\b(ecole|etablissement)s? (d'enseignement )?specialis\w*|\btype \d\b",
        r"\b(encore|toujours|depuis|garde\w*|conserv\w*|poursui\w*|siege|partenaire\w*|par (le|un) pole)\b",
    ),
)
def who(facts: Facts, today: dt.date) -> RuleResult:
    ref = facts.reference_date or today
    when = max(ref, facts.ipt_start) if facts.ipt_start else ref
    year = reference_school_year(facts, today) if facts.school_year else school_year_of(when)
    y = first_year(year)
    steps = [f"Année scolaire considérée : {year}."]
    if facts.sign_language_immersion:  # the case's own accompaniment, whatever the start date
        return _immersion_result(facts, year, steps)
    if y >= ONLY_POLES_YEAR:
        # "À partir de la rentrée scolaire 2026-2027, chaque élève en IPT est nécessairement pris en
        # charge par le pôle avec lequel coopère l’école d’enseignement ordinaire où est inscrit l’élève."
        steps.append(
            "Dès 2026-2027, la période transitoire est terminée : seuls les pôles accompagnent les IPT."
        )
        why = f"à partir de l'année scolaire 2026-2027 ; ici {year}"
        if facts.stage == "prolongation":
            steps.append("Une prolongation ne peut se faire que via un pôle (point 1.4).")
            why = f"une prolongation n'est possible que via un pôle ; {why}"
        result = pole_result(facts, year, steps, [*_settles_2026(facts), C_2026], why)
        if facts.ipt_start is None or facts.ipt_start < PRE_2020:
            cond = "Si" if facts.ipt_start is None else "Comme"
            result.steps.append(
                f"{cond} l'IPT a débuté avant le 02/09/2020 : elle prend fin à l'issue de la phase de transition ; "
                "l'élève peut être accompagné par le pôle dans le cadre d'un protocole d'aménagements raisonnables."
            )
            result.citations.append(C_PRE2020_END)
            if facts.ipt_start is not None:
                result.data["pre_2020_ipt_ends"] = True
        return result
    if y < 2022:
        # "Depuis la rentrée 2022, 48 pôles territoriaux ... ont été créés."
        return RuleResult(
            rule_id="accompaniment.who",
            conclusion=(
                f"En {year}, avant la création des pôles territoriaux (rentrée 2022), c'est l'école "
                "d'enseignement spécialisé qui accompagnait l'élève en IPT."
            ),
            steps=[*steps, "Les pôles territoriaux n'existent que depuis la rentrée 2022."],
            citations=[C_POLES_CREATED, C_DEFINITION],
            facts=facts.model_dump(exclude_defaults=True, mode="json"),
            school_year=year,
            data={"accompanied_by": "ecole_specialisee", "school_year": year},
        )
    if facts.stage == "prolongation":
        # "La prolongation de l’IPT est seulement possible via un pôle territorial."
        steps.append("Une prolongation ne peut se faire que via un pôle (point 1.4).")
        return pole_result(
            facts, year, steps, [C_PROLONGATION], "une prolongation n'est possible que via un pôle"
        )
    if facts.ipt_start and facts.ipt_start >= POLE_ONLY_FROM:
        # "toutes les IPT qui ont débuté à partir du 29 août 2022 sont nécessairement prises en charge par le pôle"
        steps.append(f"L'IPT a débuté le {fr_date(facts.ipt_start)}, à partir du 29/08/2022.")
        # "Les écoles d’enseignement spécialisé ne sont plus autorisées à accompagner des nouvelles IPT."
        cites = [param_cite("accompaniment.pole_only_from"), C_NO_NEW]
        if facts.ipt_start >= NEW_IPT_FROM:
            steps.append(
                "Depuis le 26/08/2024, une nouvelle IPT ne peut plus être suivie par une école spécialisée."
            )
            cites.append(param_cite("accompaniment.new_ipt_pole_from"))
        return pole_result(facts, year, steps, cites, "IPT débutée à partir du 29/08/2022")
    return old_or_conditional(facts, year, steps)


def _settles_2026(facts: Facts) -> list[Citation]:
    """From 2026-2027: only the pôles accompany; a prolongation goes through a pôle; a school outside the
    pôles transfers all its IPTs."""
    if facts.stage == "prolongation":
        # "La prolongation de l’IPT est seulement possible via un pôle territorial."
        return [C_PROLONGATION]
    only_poles = param_cite("accompaniment.only_poles_from")
    if facts.special_school_place == "aucun":
        # "Dès l’année scolaire 2026-2027, ces écoles devront également transférer l’ensemble de leurs IPT …"
        return [only_poles, C_OUTSIDE_LAST_YEAR]
    return [only_poles]


def _immersion_result(facts: Facts, year: str, steps: list[str]) -> RuleResult:
    """A pupil enrolled on 15 October in an ordinary school's sign-language immersion class."""
    quotes = ("langue_des_signes", "langue_des_signes_accompagnement")
    cites = [cite(**param(f"eligibility.quotes.{name}")) for name in quotes]
    # « Dans ce cas, l’accompagnement sera assuré par un membre du personnel de l’école d’enseignement
    # spécialisé de type 7 chargé de l’immersion en langue des signes ou de l’équipe pluridisciplinaire du pôle »
    conclusion = (
        "Pour un élève inscrit au 15 octobre dans une classe bilingue français-langue des signes d'une école "
        "ordinaire organisant l'immersion, l'accompagnement est assuré par un membre du personnel de l'école "
        "d'enseignement spécialisé de type 7 chargé de l'immersion en langue des signes ou par l'équipe "
        "pluridisciplinaire du pôle territorial."
    )
    return RuleResult(
        rule_id="accompaniment.who",
        conclusion=conclusion,
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"accompanied_by": "ecole_type_7_ou_pole", "school_year": year},
    )


# How and when a special school transfers its IPTs to a pôle, when the accompaniment takes place
# and a partner school after a transfer: own modules; importing them registers those rules (in
# this order).
from assistant.rules import accompaniment_transfer  # noqa: E402, F401

# isort: split
from assistant.rules import accompaniment_practice  # noqa: E402, F401
