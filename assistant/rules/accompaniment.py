"""Who accompanies a pupil in IPT: the special school or the pôle territorial (circular 2025-2026).

What decides: the date the IPT started (before / from 29 August 2022), the special school's place in
the pôles (siège, partenaire, partenaire spécifique of the ordinary school's pôle, of another pôle, or
of none) and the school year of the reference date (before the pôles, the first phase 2022-2024, the
last two years 2024-2026 of the transition, then only pôles from 2026-2027).

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
from assistant.rules.base import rule
from assistant.rules.cite import circ, cite, pacte
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.polarity import lead

try:  # the rules-A engineer owns calendar.py
    from assistant.rules.calendar import school_year_of
except ImportError:  # pragma: no cover - fallback until calendar.py exists

    def school_year_of(d: dt.date) -> str:
        """'2025-2026' for any date from the last Monday of August 2025 to the next one."""
        last_day = dt.date(d.year, 8, 31)
        start = last_day - dt.timedelta(days=last_day.weekday())
        first = d.year if d >= start else d.year - 1
        return f"{first}-{first + 1}"


IN_A_POLE = ("siege", "partenaire", "partenaire_specifique")
PLACE_LABEL = {
    "siege": "école siège",
    "partenaire": "école partenaire",
    "partenaire_specifique": "école partenaire spécifique",
    "aucun": "école qui n'est intégrée dans aucun pôle",
}


def first_year(school_year: str) -> int:
    """2025 for '2025-2026' (also accepts '2025-26')."""
    return int(school_year[:4])


def reference_school_year(facts: Facts, today: dt.date) -> str:
    """The school year a question speaks of: facts.school_year, else that of the reference date."""
    if facts.school_year:
        return f"{first_year(facts.school_year)}-{first_year(facts.school_year) + 1}"
    return school_year_of(facts.reference_date or today)


def fr_date(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def _ref(path: str) -> Citation:
    node = param(path)["reference"]
    return (
        circ(node["locator"], node["quote"])
        if node["source_id"].startswith("circ")
        else pacte(node["locator"], node["quote"])
    )


POLE_ONLY_FROM: dt.date = param("accompaniment.pole_only_from.value")
NEW_IPT_FROM: dt.date = param("accompaniment.new_ipt_pole_from.value")
ONLY_POLES_YEAR = first_year(param("accompaniment.only_poles_from.value"))
INVOLVED_TRANSFER_YEAR = first_year(param("accompaniment.involved_schools_transfer_from.value"))
LAST_TRANSITION_YEAR = param("accompaniment.transition_last_year.value")

C_POLES_CREATED = circ(
    "introduction",
    "Depuis la rentrée 2022, 48 pôles territoriaux chargés de soutenir les écoles de l’enseignement "
    "ordinaire dans la mise en œuvre des aménagements raisonnables et de l’IPT ont été créés.",
)
C_DEFINITION = circ(
    "point 1.1",
    "d’un accompagnement assuré par une école d’enseignement spécialisé ou par un pôle territorial",
)
C_KEEP = circ(
    "point 1.1",
    "l’école d’enseignement spécialisé peut conserver tout ou partie des IPT qu’elle a débutées avant "
    "le 29 août 2022 jusqu’au plus tard la fin de la période transitoire (fin de l’année scolaire 2025-2026).",
)
C_RETRO = circ(
    "point 1.1",
    "l’école d’enseignement spécialisé peut également choisir pendant cette période de rétrocéder tout "
    "ou partie des IPT qu’elle a débutées avant le 29 août 2022 au pôle avec lequel coopère l’école "
    "d’enseignement ordinaire où est inscrit l’élève",
)
C_OTHER_POLE = circ(
    "point 1.1",
    "qui est école siège, école partenaire ou école partenaire spécifique d’un autre pôle que celui avec "
    "lequel coopère l'école d’enseignement ordinaire où est inscrit l'élève.",
)
C_PROLONGATION = circ("point 1.4", "La prolongation de l’IPT est seulement possible via un pôle territorial.")
C_2026 = circ(
    "point 1.1",
    "À partir de la rentrée scolaire 2026-2027, chaque élève en IPT est nécessairement pris en charge par "
    "le pôle avec lequel coopère l’école d’enseignement ordinaire où est inscrit l’élève.",
)
C_AVENANT = pacte(
    "partie IV, Phase transitoire, Q&R « À la rentrée 2024, une école partenaire peut-elle garder un élève en intégration… »",
    "Oui, une école partenaire peut convenir avec son pôle qu’elle poursuivra l’accompagnement de l’élève "
    "même si l’intégration permanente totale a été transférée au pôle, moyennant la conclusion d’un avenant "
    "pour la rétrocession des points.",
)
C_PRE2020_END = pacte(
    "partie IV, Phase transitoire, Q&R « Quel accompagnement des élèves en intégration permanente totale à partir de 2026… »",
    "Concernant les intégrations permanentes totales débutées avant le 2 septembre 2020, il est prévu "
    "qu’elles prennent fin à l’issue de la phase de transition à partir de l’année 2026-27.",
)
PRE_2020 = dt.date(2020, 9, 2)

KEEP_TEXT = (
    "l'école d'enseignement spécialisé peut conserver cette IPT (débutée avant le 29/08/2022) jusqu'au "
    "plus tard la fin de l'année scolaire 2025-2026, ou la rétrocéder au pôle avec lequel coopère "
    "l'école ordinaire"
)
KEEP_2026 = "à partir de 2026-2027, c'est ce pôle qui la prend en charge"
POLE_TEXT = "le pôle territorial avec lequel coopère l'école d'enseignement ordinaire où l'élève est inscrit"


def _pole_result(facts: Facts, year: str, steps: list[str], cites: list[Citation], why: str) -> RuleResult:
    text = f"En {year}, c'est {POLE_TEXT} qui accompagne l'élève en IPT ({why})."
    # A closed question asks either whether the special school may still keep / accompany the IPT
    # ("peut-on encore la suivre ?": no) or whether it is the pôle's / must go to the pôle (yes).
    return RuleResult(
        rule_id="accompaniment.who",
        conclusion=lead(facts, facts.focus in ("pole", "obligation"), text),
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"accompanied_by": "pole", "school_year": year},
    )


def _old_ipt(place: str | None, same_pole: bool | None, year: str) -> tuple[str, str, list[Citation]]:
    """IPT begun before 29/08/2022, years 2022-2023 to 2025-2026: (actor, where, citations); actor ''
    when the special school's place is not known well enough."""
    if first_year(year) < INVOLVED_TRANSFER_YEAR:
        cites = [C_KEEP, C_RETRO, _ref("accompaniment.involved_schools_transfer_from")]
        return "ecole_specialisee_ou_pole", "première phase de la période transitoire", cites
    if place == "aucun":
        return "ecole_specialisee_ou_pole", PLACE_LABEL[place], [C_KEEP, C_RETRO]
    if place in IN_A_POLE and same_pole is False:
        where = f"{PLACE_LABEL[place]} d'un autre pôle que celui de l'école ordinaire"
        return "ecole_specialisee_ou_pole", where, [C_OTHER_POLE, C_KEEP, C_RETRO]
    if place in IN_A_POLE and same_pole:
        where = (
            f"{PLACE_LABEL[place]} du pôle de l'école ordinaire : transfert obligatoire au pôle depuis la "
            "rentrée 2024-2025"
        )
        return "pole", where, [_ref("accompaniment.involved_schools_transfer_from"), C_AVENANT]
    return "", "", []


def _missing(facts: Facts, year: str) -> list[str]:
    missing = [] if facts.ipt_start else ["ipt_start"]
    if first_year(year) >= INVOLVED_TRANSFER_YEAR:
        if facts.special_school_place is None:
            missing.append("special_school_place")
        elif facts.special_school_place in IN_A_POLE and facts.same_pole_as_ordinary is None:
            missing.append("same_pole_as_ordinary")
    return missing


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
        cites = [_ref("accompaniment.only_poles_from"), C_2026]
        result = _pole_result(
            facts, year, steps, cites, f"à partir de l'année scolaire 2026-2027 ; ici {year}"
        )
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
        return _pole_result(
            facts, year, steps, [C_PROLONGATION], "une prolongation n'est possible que via un pôle"
        )
    if facts.ipt_start and facts.ipt_start >= POLE_ONLY_FROM:
        # "toutes les IPT qui ont débuté à partir du 29 août 2022 sont nécessairement prises en charge par le pôle"
        steps.append(f"L'IPT a débuté le {fr_date(facts.ipt_start)}, à partir du 29/08/2022.")
        cites = [_ref("accompaniment.pole_only_from")]
        if facts.ipt_start >= NEW_IPT_FROM:
            steps.append(
                "Depuis le 26/08/2024, une nouvelle IPT ne peut plus être suivie par une école spécialisée."
            )
            cites.append(_ref("accompaniment.new_ipt_pole_from"))
        return _pole_result(facts, year, steps, cites, "IPT débutée à partir du 29/08/2022")
    return _old_or_conditional(facts, year, steps)


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


def _old_or_conditional(facts: Facts, year: str, steps: list[str]) -> RuleResult:
    """IPT begun before 29/08/2022 (or start unknown), school years 2022-2023 to 2025-2026."""
    actor, where, cites = _old_ipt(facts.special_school_place, facts.same_pole_as_ordinary, year)
    base = {"school_year": year}
    if actor == "pole":
        # Pacte: "Seules les écoles d’enseignement spécialisé sièges et partenaires qui suivent des IPT dans des
        # écoles coopérantes du pôle dans lequel elles sont impliquées doivent les transférer au pôle à partir
        # de la rentrée 2024-25." (and every IPT begun from 29/08/2022 goes to the pôle anyway)
        steps.append(
            "L'école spécialisée est impliquée dans le pôle de l'école ordinaire : l'IPT passe au pôle."
        )
        steps.append(
            "Une école partenaire peut convenir avec son pôle de poursuivre l'accompagnement (avenant)."
        )
        return _pole_result(facts, year, steps, cites, where)
    if actor and facts.ipt_start:
        # "l’école d’enseignement spécialisé peut conserver tout ou partie des IPT qu’elle a débutées avant le
        # 29 août 2022 jusqu’au plus tard la fin de la période transitoire" / "peut également choisir ... de rétrocéder"
        steps.append(f"L'IPT a débuté le {fr_date(facts.ipt_start)}, avant le 29/08/2022 ({where}).")
        steps.append("Dès 2026-2027, ces IPT devront de toute façon être transférées au pôle.")
        return RuleResult(
            rule_id="accompaniment.who",
            conclusion=lead(
                facts,
                None if facts.focus == "pole" else facts.focus != "obligation",
                f"{KEEP_TEXT} ({where}) ; {KEEP_2026}.",
                prefix=f", en {year}",
            )
            if facts.yes_no
            else f"En {year}, {KEEP_TEXT} ({where}) ; {KEEP_2026}.",
            steps=steps,
            citations=[*cites, C_PROLONGATION],
            facts=facts.model_dump(exclude_defaults=True, mode="json"),
            school_year=year,
            data={**base, "accompanied_by": actor, "keep_until": LAST_TRANSITION_YEAR},
        )
    return _conditional(facts, year, steps, actor, where)


def _conditional(facts: Facts, year: str, steps: list[str], actor: str, where: str) -> RuleResult:
    missing = _missing(facts, year)
    parts = []
    if "ipt_start" in missing:
        parts.append(f"Si l'IPT a débuté à partir du 29/08/2022 : c'est {POLE_TEXT}.")
    before = (
        "Si elle a débuté avant le 29/08/2022"
        if "ipt_start" in missing
        else "Pour cette IPT débutée avant le 29/08/2022"
    )
    if actor:
        parts.append(f"{before} ({where}) : {KEEP_TEXT}.")
    else:
        parts.append(
            f"{before} : si l'école spécialisée est siège, partenaire ou partenaire spécifique du pôle de "
            "l'école ordinaire, c'est ce pôle qui accompagne l'élève ; si elle appartient à un autre pôle ou à "
            f"aucun pôle, {KEEP_TEXT}."
        )
    cites = [_ref("accompaniment.pole_only_from"), C_KEEP, C_RETRO]
    if not actor:
        cites += [C_OTHER_POLE, _ref("accompaniment.involved_schools_transfer_from")]
    return RuleResult(
        rule_id="accompaniment.who",
        conclusion=f"En {year}, cela dépend. " + " ".join(parts),
        steps=[*steps, "Faits manquants : " + ", ".join(missing) + "."],
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"accompanied_by": None, "school_year": year, "missing": missing},
    )


# How and when a special school transfers its IPTs to a pôle, when the accompaniment takes place
# and a partner school after a transfer: own modules; importing them registers those rules (in
# this order).
from assistant.rules import accompaniment_transfer  # noqa: E402, F401

# isort: split
from assistant.rules import accompaniment_practice  # noqa: E402, F401
