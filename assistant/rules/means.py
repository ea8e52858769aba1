"""Means of an IPT per pupil: periods (special school) or points (pôle) by start date and school year,
and how the pupil counts for the ordinary school. Grants, the pôle coefficient and appointments are in
`means_funding`, pre-2020 IPTs after the transition and restitution in `means_stop` (imported below).

Which text governs: the decree of 5 February 2009 rewrote art. 132 of the decree of 3 March 2004
(4 periods per integrated pupil, 4 more in the 3rd degree, 8 for the ordinary school). The 2025-2026
circular, the most recent text specific to the current school year, gives the amounts that apply now
(1,18 / 4 / 16 periods, 25,88 / 88 / 352 points, by start date): it governs the current question, and
answers say so. The amounts and their epilogue are in `means_values`.

The answer follows the question: "combien de points" speaks of the pôle, "combien de périodes" of the
school(s) receiving periods; a question naming neither gets both.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment import who
from assistant.rules.accompaniment_values import ONLY_POLES_YEAR
from assistant.rules.base import rule
from assistant.rules.cite import CIRCULAR, cite, param_cite
from assistant.rules.facts import Facts
from assistant.rules.means_values import LABELS, amounts, bracket, bracket_cite, given_year
from assistant.rules.means_wording import (
    NO_VALUE,
    SPLIT_467,
    brackets_to_answer,
    describe_amounts,
    is_467_third,
    pupils_total,
    stated_sides,
    year_is_circulars,
)
from assistant.rules.missing_facts import missing_step
from assistant.rules.polarity import lead as yes_no_lead
from assistant.rules.school_year import first_year, reference_school_year

C_ROUNDING = cite(
    CIRCULAR,
    "point 5, question 10",
    "Le nombre total de périodes octroyées à l’école d’enseignement spécialisé est arrondi à l’unité la plus "
    "proche. Ces périodes sont attribuées par élève mais elles peuvent être mutualisées par l’école "
    "d’enseignement spécialisé.",
)
POOLED = (
    "Les périodes sont attribuées par élève mais elles peuvent être mutualisées par l'école spécialisée "
    "(leur total est arrondi à l'unité la plus proche)."
)
GOVERNS = (
    "Le décret du 5 février 2009 (art. 132 du décret du 3 mars 2004) prévoit 4 périodes par élève intégré ; "
    "pour l'année en cours, c'est la circulaire IPT 2025-2026, texte le plus récent et spécifique, qui fixe "
    "les montants par date de début de l'IPT."
)
YEARS_GIVEN = (
    "Les textes donnent les montants des IPT débutées avant le 02/09/2020 pour 2024-2025 (52,32 points pour le "
    "pôle, Infos du Pacte) et 2025-2026 (1,18 période, 25,88 points, circulaire) ; pour une autre année, "
    "adressez-vous au Service des pôles territoriaux (poles.territoriaux@cfwb.be)."
)
NOT_GIVEN = (
    "Les textes dont je dispose ne donnent pas ce montant pour {year} : ils donnent ceux de l'année 2025-2026 "
    "(circulaire) et, pour le pôle et les IPT débutées avant le 02/09/2020, de 2024-2025 (Infos du Pacte). "
    "Pour une autre année, adressez-vous au Service des pôles territoriaux (poles.territoriaux@cfwb.be)."
)
LATER_YEAR = (
    "Ce sont les montants de la circulaire 2025-2026 et des Infos du Pacte de juin 2024, les textes les plus "
    "récents dont je dispose ; pour {year}, vérifiez la circulaire de cette année-là."
)


@rule(
    "means.periods_points",
    topic="means",
    title="Combien de périodes ou de points génère un élève en IPT ?",
    triggers=(
        r"^(?!.*(sensori|echelle)).*\b(combien|nombre)\b.{0,40}\b(periodes?|points?)\b",
        r"^(?!.*(sensori|echelle)).*\b(periodes?|points?)\b.{0,60}\b(ipt|eleve\w* (en )?integr\w*)\b",
        r"\b(1[,.]18|25[,.]88|52[,.]32)\b",
        r"\b(encadrement|moyens)\b.{0,40}\b(ecole\w* (d'enseignement )?specialise\w*|pole)\b.{0,40}\bipt\b",
        # "ça rapporte combien au pôle ?", "que génère une IPT pour l'école ?": what an IPT yields
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\bipt\b.*\b(rapporte\w*|genere\w*)\b.{0,20}\b(combien|quoi)\b",
        # a claimed amount: "une IPT de 2018 rapporte 88 points", "les IPT d'avant 2020 donnent 4 périodes"
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(ipt|integrations?)\b.{0,80}"
        r"\b(rapporte\w*|genere\w*|donne\w*|vaut|valent|octroie\w*)\b.{0,20}\b\d+([,.]\d+)? (periodes?|points?)\b",
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(combien|que|qu'est-ce que?)\b.{0,15}\b(rapporte\w*|genere\w*)\b.*\bipt\b",
        # "une IPT de 2018 rapporte encore des points ?": whether an IPT still yields means
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(ipt|integrations?)\b.{0,80}"
        r"\b(rapporte\w*|genere\w*|donne\w*|octroie\w*)\b.{0,20}\b(encore|toujours|plus|aucune?)\b.{0,10}"
        r"\b(des |de |d')?(periodes?|points?)\b",
        # an amount asked after the case: "IPT d'un type 1 en 5e secondaire depuis 2021 : 16 périodes aussi ?"
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(ipt|integr\w*)\b.*\b\d+([,.]\d+)? (periodes?|points?)\b[^.;:]{0,25}\?",
        # "5 élèves en IPT depuis 2019 : total des périodes ?": the total of a number of IPTs
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(total|somme)\b.{0,15}\b(des |de |d')?(periodes?|points?)\b",
        # "comment sont réparties les 16 périodes ?": the split of an IPT's periods
        r"\b(repar\w*|divis\w*)\b.{0,30}\b\d+ periodes\b|\b\d+ periodes\b.{0,30}\b(repar\w*|divis\w*)\b",
    ),
    decisive=("ipt_start", "level", "degree", "pupil_type", "school_year", "means_kind"),
    examples=(
        "Combien de périodes pour un élève en IPT depuis 2019 ?",
        "Combien de points reçoit le pôle pour une IPT débutée en 2021 ?",
        "Combien de périodes pour un type 4 en 3e degré en IPT ?",
    ),
    # how many periods or points an IPT yields, to whom, for which year
    settles=(
        r"\b(combien|nombre|quel\w*|rapport\w*|gener\w*|donn\w*|octroi\w*|vaut|valent|recoi\w*|recev\w*|"
        r"percoi\w*|touch\w*|beneficie\w*|compt\w*|financ\w*|droit|encore|toujours|plus|aussi|bien|"
        r"c'est|est-ce|meme|pareil|egal\w*|seulement|uniquement|arrondi\w*|reparti\w*|divis\w*|total\w*|somme)\b",
        # a claimed amount ("on a les 16 périodes ?"), the periods for whom, their pooling
        r"\b\d+([,.]\d+)? (periodes?|points?)\b[^.;:?]{0,25}\?|\b(periodes?|points?) pour\b",
        r"\b(mutualis\w*|commun|partag\w*|regroup\w*|servir|plusieurs|autres? eleves?)\b",
    ),
    # an IPT's means: a question naming no integration, pôle, pupil, type or level asks of other
    # periods or points (the gym periods per class, the budget of the sensori-motor points)
    about=(
        r"\b(ipt|integr\w*|poles?|accompagn\w*|(?<!s')eleves?|enfants?|types? \d|degres?|maternel\w*|primaire|"
        r"fondamental|secondaire|ordinaire|cooperante|siege)\b",
    ),
)
def periods_points(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    start = bracket(facts.ipt_start)
    third = is_467_third(facts)
    focus = facts.means_kind if facts.means_kind in ("periodes", "points") else None
    only_poles = first_year(year) >= ONLY_POLES_YEAR
    actor = "pole" if only_poles else who(facts, today).data.get("accompanied_by")
    steps = [f"Année scolaire considérée : {year}.", GOVERNS]
    if only_poles:
        steps.append(
            "Dès 2026-2027, seuls les pôles accompagnent les IPT : aucune école spécialisée ne reçoit de périodes."
        )
    # "À partir de l’année scolaire 2026-27, l’accompagnement … sera exclusivement assuré par … des pôles"
    cites: list[Citation] = [param_cite("accompaniment.only_poles_from")] if only_poles else []
    missing = [name for name, v in (("ipt_start", start), ("level_degree_type", third)) if v is None]
    parts: list[str] = []
    data: dict = {
        "school_year": year,
        "bracket": start,
        "third_degree_467": third,
        "governing_text": CIRCULAR,
    }
    numeric = False
    ended: list[bool] = []
    for b in brackets_to_answer(start, focus, year):
        a = amounts("2020_2022" if b == "depuis_2020" else b, year, bool(third), facts.level)
        side = "pole" if b == "depuis_2022" else actor
        cites += a.cites_for(*stated_sides(a, side, focus))
        numeric = numeric or bool(a.periods or a.points)
        ended.append(a.ended)
        parts.append(f"pour une IPT {LABELS[b]}, {describe_amounts(a, side, focus)}")
        if start:
            data.update(a.as_data())
            if facts.pupil_count:
                by_points = focus == "points" or (focus is None and (actor == "pole" or b == "depuis_2022"))
                total, extra = pupils_total(facts.pupil_count, a, "points" if by_points else "periodes")
                if total:
                    parts[-1] += f", soit {total}"
                    data.update(extra)
    if third is None and given_year(year):
        # the 3rd-degree lines of the case's start bracket (the 2020-2022 ones when it is unknown)
        a = amounts("avant_2020" if start == "avant_2020" else "2020_2022", year, True)
        by_pole = focus == "points" or only_poles or actor == "pole" or start == "depuis_2022"
        if not (start == "avant_2020" and only_poles):
            cites += a.cites_for(not by_pole, True)
        extra = "352 points par IPT" if by_pole else f"{SPLIT_467} ou 352 points"
        if start == "avant_2020" and only_poles:
            parts[-1] += " (types 4, 6 et 7 du 3e degré du secondaire compris)"
        else:
            parts.append(f"sauf pour les types 4, 6 et 7 du 3e degré du secondaire : {extra}")
    elif third is False and facts.level == "secondaire" and facts.degree in (None, 3):
        # a secondary pupil whose type rules the 3rd-degree amounts out: said why (not for a pupil of
        # another degree, whose question is not about the 3rd degree)
        b = "avant_2020" if start == "avant_2020" else "2020_2022"
        cites += [
            bracket_cite("means.periods_third_degree_467", b),
            bracket_cite("means.points_third_degree_467", b),
        ]
        parts.append(
            "les montants propres aux types 4, 6 et 7 au 3e degré du secondaire ne s'appliquent pas à cet élève"
        )
    if not only_poles and focus != "points" and start != "depuis_2022":
        steps.append(
            "Périodes : total arrondi à l'unité la plus proche ; attribuées par élève mais mutualisables par l'école spécialisée."
        )
        cites += [C_ROUNDING]
    cites.append(param_cite("means.decree_2009_periods"))
    if missing:
        steps.append(missing_step(missing))
        data["missing"] = missing
    if (start is not None and NO_VALUE in parts[0] and third is not True) or all(
        NO_VALUE in p for p in parts
    ):
        # the asked bracket has no amount for this year in the texts: an abstention that says which years are given
        data["not_in_texts"] = True
        steps.append(YEARS_GIVEN)
    head = f"En {year}, " + " ; ".join(parts) + "."
    head = head[0].upper() + head[1:]
    if (
        data.get("not_in_texts") and not numeric
    ):  # no amount at all: say so, which years are given, whom to ask
        head = NOT_GIVEN.format(year=year)
    elif numeric and not year_is_circulars(year):  # "en 2027-2028 ?": the latest texts' amounts, said so
        head += f" {LATER_YEAR.format(year=year)}"
    if start is not None and ended and all(ended):
        # "rapportera-t-elle encore des points en 2026-2027 ?": the IPT ended, it yields nothing
        head = yes_no_lead(facts, False, head)
    if facts.pooling is not None:
        # "elles ne peuvent pas être mutualisées, c'est vrai ?": the circular's sentence settles it
        if C_ROUNDING not in cites:
            cites.insert(0, C_ROUNDING)
        pooled = yes_no_lead(facts, facts.pooling, POOLED)
        head = f"{pooled} {head}"
    return RuleResult(
        rule_id="means.periods_points",
        conclusion=head,
        steps=steps,
        citations=[c for i, c in enumerate(cites) if c not in cites[:i]],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=["Montants de la circulaire IPT 2025-2026 ; vérifiez la circulaire de l'année en cours."],
        school_year=year,
        data=data,
    )


# How the pupil counts for the ordinary school, then the other means rules: own modules; importing
# them registers those rules (in this order).
from assistant.rules import means_ordinary  # noqa: E402, F401

# isort: split
from assistant.rules import means_funding, means_stop  # noqa: E402, F401
