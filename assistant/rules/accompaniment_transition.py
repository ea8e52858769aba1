"""Who accompanies an IPT begun before 29 August 2022 (or of unknown start) in the transition years
2022-2023 to 2025-2026: the special school may keep it or give it back to the pôle, unless it belongs to
the ordinary school's pôle (transfer from 2024-2025); with facts missing, the answer lists the cases.
Also the pôle's answer shared by every branch of `accompaniment.who`.
"""

from __future__ import annotations

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment_values import (
    C_AVENANT,
    C_INVOLVED_2024,
    C_KEEP,
    C_LAST_TWO_YEARS,
    C_OTHER_POLE,
    C_OTHER_POLE_NOTE,
    C_OUTSIDE_LAST_YEAR,
    C_RETRO,
    IN_A_POLE,
    INVOLVED_TRANSFER_YEAR,
    KEEP_2026,
    KEEP_TEXT,
    LAST_TRANSITION_YEAR,
    PLACE_LABEL,
    POLE_TEXT,
)
from assistant.rules.calendar import fr_date
from assistant.rules.cite import param_cite
from assistant.rules.facts import Facts
from assistant.rules.missing_facts import missing_step
from assistant.rules.polarity import lead
from assistant.rules.school_year import first_year


def pole_result(facts: Facts, year: str, steps: list[str], cites: list[Citation], why: str) -> RuleResult:
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
    y = first_year(year)
    if y < INVOLVED_TRANSFER_YEAR:
        cites = [C_KEEP, C_RETRO, param_cite("accompaniment.involved_schools_transfer_from")]
        return "ecole_specialisee_ou_pole", "première phase de la période transitoire", cites
    if place == "aucun":
        # Pacte: "seules les écoles … qui ne sont pas concernées par le dispositif des pôles … pourront
        # accompagner"; circular (2025-2026): "seules les écoles spécialisées qui ne sont pas intégrées dans un pôle"
        last = C_OUTSIDE_LAST_YEAR if year == LAST_TRANSITION_YEAR else C_LAST_TWO_YEARS
        return "ecole_specialisee_ou_pole", PLACE_LABEL[place], [last, C_KEEP, C_RETRO]
    if place in IN_A_POLE and same_pole is False:
        where = f"{PLACE_LABEL[place]} d'un autre pôle que celui de l'école ordinaire"
        # Pacte, note 3 (2024-2025): "Sauf si l’école d’enseignement ordinaire de l’élève coopère avec un autre pôle"
        other = C_OTHER_POLE if year == LAST_TRANSITION_YEAR else C_OTHER_POLE_NOTE
        return "ecole_specialisee_ou_pole", where, [other, C_KEEP, C_RETRO]
    if place in IN_A_POLE and same_pole:
        where = (
            f"{PLACE_LABEL[place]} du pôle de l'école ordinaire : transfert obligatoire au pôle depuis la "
            "rentrée 2024-2025"
        )
        transfer = [C_INVOLVED_2024, param_cite("accompaniment.involved_schools_transfer_from")]
        return "pole", where, [*transfer, C_AVENANT]
    return "", "", []


def _missing(facts: Facts, year: str) -> list[str]:
    missing = [] if facts.ipt_start else ["ipt_start"]
    if first_year(year) >= INVOLVED_TRANSFER_YEAR:
        if facts.special_school_place is None:
            missing.append("special_school_place")
        elif facts.special_school_place in IN_A_POLE and facts.same_pole_as_ordinary is None:
            missing.append("same_pole_as_ordinary")
    return missing


def old_or_conditional(facts: Facts, year: str, steps: list[str]) -> RuleResult:
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
        return pole_result(facts, year, steps, cites, where)
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
            citations=cites,
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
    cites = [param_cite("accompaniment.pole_only_from"), C_KEEP, C_RETRO]
    if not actor:
        cites += [*_outside_cites(year), param_cite("accompaniment.involved_schools_transfer_from")]
    return RuleResult(
        rule_id="accompaniment.who",
        conclusion=f"En {year}, cela dépend. " + " ".join(parts),
        steps=[*steps, missing_step(missing)],
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"accompanied_by": None, "school_year": year, "missing": missing},
    )


def _outside_cites(year: str) -> list[Citation]:
    """The sentences that let a school of another pôle (or of none) keep its old IPTs in `year`: in
    2025-2026 the circular's (point 1.1, and its introduction for schools outside every pôle), in
    2024-2025 the Pacte report's note 3."""
    if year == LAST_TRANSITION_YEAR:
        return [C_OTHER_POLE, C_OUTSIDE_LAST_YEAR]
    return [C_OTHER_POLE_NOTE]
